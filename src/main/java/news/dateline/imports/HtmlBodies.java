package news.dateline.imports;

import java.util.Optional;
import news.dateline.imports.internal.body.BodyConverter;
import news.dateline.imports.internal.body.BodyLinks;
import news.dateline.imports.internal.source.SourcePost;
import org.springframework.stereotype.Component;

/**
 * An HTML body turned into Dateline's CommonMark body by the importer's converter, sanitized exactly as imported
 * bodies are. Nothing is fetched: pictures the HTML points at stay plain links (no request to any address it names).
 */
@Component
public class HtmlBodies {

    private static final BodyLinks NOTHING_FETCHED = new BodyLinks() {
        @Override
        public Optional<String> image(String url) {
            return Optional.empty();
        }

        @Override
        public String link(String url) {
            return url;
        }
    };

    private final BodyConverter converter;

    HtmlBodies(BodyConverter converter) {
        this.converter = converter;
    }

    /** The CommonMark body for {@code html} (plain HTML, as a feed's content). */
    public String markdown(String html) {
        return converter.convert(SourcePost.Format.HTML, html, NOTHING_FETCHED).markdown();
    }
}
