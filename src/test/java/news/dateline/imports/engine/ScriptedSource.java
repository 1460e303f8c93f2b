package news.dateline.imports.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceReader;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A source reader for tests (platform {@code scripted}): streams whatever items the test put in {@link #ITEMS}. */
@TestConfiguration(proxyBeanMethods = false)
class ScriptedSource {

    static final List<SourceItem> ITEMS = new CopyOnWriteArrayList<>();

    @Bean
    SourceReader scriptedReader() {
        return new SourceReader() {
            @Override
            public String platform() {
                return "scripted";
            }

            @Override
            public void read(Path export, Consumer<SourceItem> out) {
                ITEMS.forEach(out);
            }
        };
    }

    static SourceSite site() {
        return new SourceSite("site", "scripted", "1", "Scripted", "https://old.example.test", java.time.ZoneOffset.UTC,
                "/%postname%/", "en");
    }

    static SourcePerson person(String id, String name) {
        return new SourcePerson(id, "", name, "", "", "", "");
    }

    static SourcePost story(String id, String title, String body, String author, String featuredUrl) {
        return new SourcePost(id, SourcePost.Kind.STORY, title, "", SourceState.PUBLISHED, body, SourcePost.Format.HTML,
                "", List.of(author), List.of(), List.of(), Instant.parse("2026-10-01T08:00:00Z"), null, "", featuredUrl,
                featuredUrl.isBlank() ? "" : "A picture", "", "https://old.example.test/" + id + "/", "", 0, false, 0,
                "", "", "", "");
    }
}
