package news.dateline.imports.internal.body;

import news.dateline.imports.internal.source.SourcePost;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/** Converts a source body to Dateline's CommonMark. (Placeholder: keeps only the text of each paragraph.) */
@Component
public class BodyConverter {

    public ConvertedBody convert(SourcePost.Format format, String html, BodyLinks links) {
        StringBuilder out = new StringBuilder();
        for (var p : Jsoup.parseBodyFragment(html).select("p")) {
            out.append(p.text()).append("\n\n");
        }
        return new ConvertedBody(out.toString().strip(), java.util.List.of());
    }
}
