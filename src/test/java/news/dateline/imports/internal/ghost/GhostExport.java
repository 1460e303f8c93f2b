package news.dateline.imports.internal.ghost;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePost;

/** The shared real Ghost 5.130 export (a copy under {@code src/test/resources/imports/}) and reading helpers. */
final class GhostExport {

    private GhostExport() {
    }

    static Path file() {
        try {
            return Path.of(Objects.requireNonNull(GhostExport.class.getResource("/imports/ghost-export.json")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SourceItem> read(Path export) {
        List<SourceItem> items = new ArrayList<>();
        new GhostReader().read(export, items::add);
        return items;
    }

    static <T extends SourceItem> List<T> only(List<SourceItem> items, Class<T> kind) {
        return items.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static SourcePost titled(List<SourceItem> items, String title) {
        return only(items, SourcePost.class).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }
}
