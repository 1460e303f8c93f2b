package news.dateline.imports.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import news.dateline.imports.ImportReport;
import news.dateline.imports.internal.jobs.ProvenanceRepository;
import news.dateline.imports.internal.source.SourceMedia;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.ImageRejected;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Brings an export's pictures into the media library, once each (matched by provenance): a media item with its
 * caption, alt text and credit, or a picture known only by its URL (Ghost). The file comes from the export's media;
 * a missing file or one the library refuses is a report line, never the end of the import.
 */
@Component
class ImageImport {

    static final String MEDIA = "media";
    static final String IMAGE = "image";

    private final MediaLibrary library;
    private final ProvenanceRepository provenance;
    private final Clock clock;

    ImageImport(MediaLibrary library, ProvenanceRepository provenance, Clock clock) {
        this.library = library;
        this.provenance = provenance;
        this.clock = clock;
    }

    /** The library image of a media item, importing it (or its changed metadata) when needed. */
    Optional<Image> attachment(SourceMedia m, RunContext run) {
        Optional<Image> image = importAttachment(m, run);
        image.ifPresent(i -> run.image(i.id()));
        return image;
    }

    private Optional<Image> importAttachment(SourceMedia m, RunContext run) {
        var source = run.source(MEDIA, m.sourceId());
        String hash = RunContext.hash(m);
        NewImage metadata = metadata(m.caption(), m.alt(), m.title(), m.path(), m.credit());
        var known = provenance.find(source).flatMap(p -> library.find(p.targetId()).map(image -> {
            if (!p.hash().equals(hash)) {
                library.update(image.id(), metadata);
                provenance.record(source, MEDIA, image.id(), hash, 0, run.jobId, clock.instant());
            }
            return image;
        }));
        if (known.isPresent()) {
            return known;
        }
        String path = m.path().isBlank() ? run.mediaPath(m.url()) : m.path();
        return upload(path, metadata, "image " + path, run).map(image -> {
            provenance.record(source, MEDIA, image.id(), hash, 0, run.jobId, clock.instant());
            return image;
        });
    }

    /** The library image of the picture at {@code url}: a media item's (any of its sizes) or a file of the media. */
    Optional<Image> byUrl(String url, String alt, String caption, RunContext run) {
        Optional<Image> image = importByUrl(url, alt, caption, run);
        image.ifPresent(i -> run.image(i.id()));
        return image;
    }

    private Optional<Image> importByUrl(String url, String alt, String caption, RunContext run) {
        if (url.isBlank()) {
            return Optional.empty();
        }
        SourceMedia item = run.mediaByUrl(url);
        if (item != null) {
            return attachment(item, run);
        }
        String path = run.mediaPath(url);
        var source = run.source(IMAGE, path);
        var known = provenance.find(source).flatMap(p -> library.find(p.targetId()));
        if (known.isPresent()) {
            return known;
        }
        return upload(path, metadata(caption, alt, "", path, ""), "image " + path, run).map(image -> {
            provenance.record(source, IMAGE, image.id(), "", 0, run.jobId, clock.instant());
            return image;
        });
    }

    private Optional<Image> upload(String path, NewImage metadata, String item, RunContext run) {
        if (!run.media.present()) {
            run.report(ImportReport.Level.WARNING, item, "left out: the import was given no media");
            return Optional.empty();
        }
        try {
            Optional<byte[]> bytes = run.media.read(path);
            if (bytes.isEmpty()) {
                run.report(ImportReport.Level.WARNING, item, "left out: the file is not in the media (or over the size limit)");
                return Optional.empty();
            }
            return Optional.of(library.upload(bytes.get(), metadata, "Import"));
        } catch (ImageRejected e) {
            run.report(ImportReport.Level.WARNING, item, "left out: " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            run.report(ImportReport.Level.WARNING, item, "left out: the file cannot be read");
            return Optional.empty();
        }
    }

    private static NewImage metadata(String caption, String alt, String title, String path, String credit) {
        String plainCaption = plain(caption);
        String altText = !alt.isBlank() ? alt : !title.isBlank() ? title : !plainCaption.isBlank() ? plainCaption
                : "Photo " + path.replaceAll("^.*/", "").replaceAll("\\.[A-Za-z0-9]+$", "");
        return new NewImage(cut(plainCaption, 600), cut(plain(altText), 300), new ImageCredit(cut(plain(credit), 200), ""));
    }

    /** Text of simple HTML (Ghost captions may hold links and emphasis). */
    static String plain(String html) {
        return html.isBlank() || html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html.strip() : Jsoup.parse(html).text().strip();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
