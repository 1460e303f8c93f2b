package news.dateline.imports;

import java.nio.file.Path;
import news.dateline.accounts.Account;
import org.jspecify.annotations.Nullable;

/**
 * What to import: an export file of one platform, its media, and who asked.
 *
 * @param platform {@code wordpress}, {@code ghost} or {@code feed}
 * @param export the export file (WXR, Ghost JSON, RSS/Atom); from the newsroom it must lie in a folder given by
 *               {@link ArchiveImports#uploadFolder()}
 * @param media the export's media: a folder or a {@code .tar}/{@code .tar.gz} archive, null when there is none
 * @param siteUrl the old site's address ({@code https://example.org}), blank to take it from the export: Ghost's
 *                {@code __GHOST_URL__} and feeds need it to recognise their own links
 * @param requestedBy the admin who asked from the newsroom, null for the application itself (the command line)
 */
public record ImportRequest(String platform, Path export, @Nullable Path media, String siteUrl,
                            @Nullable Account requestedBy) {

    public ImportRequest {
        platform = platform == null ? "" : platform.strip().toLowerCase(java.util.Locale.ROOT);
        siteUrl = siteUrl == null ? "" : siteUrl.strip().replaceAll("/+$", "");
    }

    /** A request by the application itself (the command line). */
    public static ImportRequest bySystem(String platform, Path export, @Nullable Path media, String siteUrl) {
        return new ImportRequest(platform, export, media, siteUrl, null);
    }
}
