package news.dateline.imports.internal.ghost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import news.dateline.imports.internal.source.SourceException;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourceReader;
import news.dateline.imports.internal.source.SourceSite;
import org.springframework.stereotype.Component;

/**
 * Reads a Ghost JSON export (Settings, Labs, Export; 5.x and 6.x, and the older top-level {@code {meta, data}}
 * shape). The file is streamed twice: first everything but the posts (users, tags, relations, posts_meta,
 * settings, which may come in any order), then the posts one row at a time. Emits the site, the staff as people,
 * the tags, then every post and page with its body rendered from Lexical (or Mobiledoc) to Ghost's HTML.
 */
@Component
public class GhostReader implements SourceReader {

    @Override
    public String platform() {
        return "ghost";
    }

    @Override
    public void read(Path export, Consumer<SourceItem> out) {
        if (!Files.isRegularFile(export)) {
            throw new SourceException("The Ghost export " + export.getFileName() + " is not a readable file.");
        }
        GhostTables tables = new GhostTables();
        GhostJson.walk(export, tables::meta, tables);
        if (!tables.postsSeen) {
            throw new SourceException("This is not a Ghost export: its data section has no \"posts\" table.");
        }
        GhostUrls urls = new GhostUrls(tables.settings.getOrDefault("url", ""));
        String language = tables.settings.getOrDefault("locale", tables.settings.getOrDefault("lang", ""));
        out.accept(new SourceSite("ghost-site", platform(), tables.version, tables.settings.getOrDefault("title", ""),
                urls.baseUrl(), zone(tables.settings.getOrDefault("timezone", "")), "/%postname%/", language));
        for (SourcePerson person : tables.people) {
            out.accept(new SourcePerson(person.sourceId(), person.slug(), person.displayName(), person.bio(),
                    urls.resolve(person.photoUrl()), person.website(), person.oldUrl()));
        }
        tables.tags.forEach(out);
        GhostPosts posts = new GhostPosts(tables, urls, language);
        GhostJson.walk(export, meta -> { }, (name, parser) -> {
            if (name.equals("posts")) {
                GhostJson.rows(parser, name, row -> out.accept(posts.map(row)));
            } else {
                parser.skipChildren();
            }
        });
    }

    private static ZoneId zone(String timezone) {
        try {
            return timezone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
