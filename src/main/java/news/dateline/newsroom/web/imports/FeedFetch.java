package news.dateline.newsroom.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import news.dateline.imports.FeedDownload;

/**
 * A feed the admin gave by its address, fetched into the import's folder by {@link FeedDownload} (the command line's
 * fetch) and checked like an uploaded export; a failure is a sentence for the screen.
 */
final class FeedFetch {

    private FeedFetch() {
    }

    /** The feed at {@code address}, fetched and checked like an uploaded one; refused with a sentence for the screen. */
    static Path checked(String address, Path folder, long limit) {
        try {
            Path file = FeedDownload.fetch(address, folder, limit);
            try (InputStream in = Files.newInputStream(file)) {
                if (ExportFiles.checkExport("feed", "", in) != null) {
                    throw new Refused("What " + address + " answered is not an RSS or Atom feed.");
                }
            }
            return file;
        } catch (IOException e) {
            throw new Refused("The feed at " + address + " could not be fetched: " + e.getMessage() + ".");
        }
    }

    /** A feed address that gave no feed. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
