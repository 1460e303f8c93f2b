package news.dateline.imports.internal.body;

import java.util.Optional;

/** What the engine knows while a body is converted: where its images now live and where its links now lead. */
public interface BodyLinks {

    /**
     * The library rendition address ({@code /media/<key>/<name>}) of the picture at {@code url} (absolute; a
     * WordPress sub-size URL names the same picture), importing it on first use; empty when it cannot be had (the
     * converter keeps a note and leaves a plain link).
     */
    Optional<String> image(String url);

    /** The new address of a link to the old site (absolute or site-relative), or {@code url} unchanged. */
    String link(String url);
}
