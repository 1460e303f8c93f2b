package news.dateline.imports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import news.dateline.imports.ImportReport;
import news.dateline.imports.internal.jobs.ProvenanceRepository;
import news.dateline.imports.internal.jobs.ReportRepository;
import news.dateline.imports.internal.media.ExportMedia;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourceMedia;

/** What one run of a job knows as it goes: the source site, its terms and media, the counts, and where to report. */
final class RunContext {

    final long jobId;
    final String platform;
    final ExportMedia media;
    final TermBook terms = new TermBook();
    final Tally tally = new Tally();
    /** Stories (source ids) whose bodies link to stories not imported yet: converted again at the end. */
    private final Map<String, Long> sections = new HashMap<>();
    private final Set<Long> images = new java.util.HashSet<>();
    private final Map<String, SourceMedia> mediaById = new HashMap<>();
    private final Map<String, String> mediaIdByUrl = new HashMap<>();
    private final ReportRepository reports;
    private String site;
    private String baseUrl;

    RunContext(long jobId, String platform, String siteUrl, ExportMedia media, ReportRepository reports) {
        this.jobId = jobId;
        this.platform = platform;
        this.site = siteUrl;
        this.baseUrl = siteUrl;
        this.media = media;
        this.reports = reports;
    }

    /** The export's own site address, unless the request named one. */
    void site(String exportBaseUrl) {
        if (baseUrl.isBlank() && !exportBaseUrl.isBlank()) {
            baseUrl = exportBaseUrl.replaceAll("/+$", "");
            site = baseUrl;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    ProvenanceRepository.Source source(String kind, String sourceId) {
        return new ProvenanceRepository.Source(platform, site, kind, sourceId);
    }

    void media(SourceMedia m) {
        mediaById.put(m.sourceId(), m);
        mediaIdByUrl.put(urlKey(m.url()), m.sourceId());
        m.sizes().forEach(size -> mediaIdByUrl.put(urlKey(size), m.sourceId()));
    }

    SourceMedia mediaItem(String sourceId) {
        return mediaById.get(sourceId);
    }

    /** The media item known by {@code url} (the original or a sub-size; with or without the site's address). */
    SourceMedia mediaByUrl(String url) {
        String id = mediaIdByUrl.get(urlKey(url));
        return id == null ? null : mediaById.get(id);
    }

    /** The path of {@code url} inside the media: the URL without the site's address and placeholders. */
    String mediaPath(String url) {
        String path = url.replace("__GHOST_URL__", "");
        if (!baseUrl.isBlank() && path.startsWith(baseUrl)) {
            path = path.substring(baseUrl.length());
        }
        path = path.replaceFirst("(?i)^https?://[^/]+", "");
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8).replaceAll("^/+", "");
    }

    private String urlKey(String url) {
        return mediaPath(url);
    }

    /** The section a story goes in, worked out (and committed) before the story's own transaction. */
    void section(String storyId, long sectionId) {
        sections.put(storyId, sectionId);
    }

    Long sectionOf(String storyId) {
        return sections.get(storyId);
    }

    /** Counts a library image this run imported or found imported before. */
    void image(long imageId) {
        images.add(imageId);
        tally.images = images.size();
    }

    /** A note said once per job, though the dry run, the import and a resumed import each come to it. */
    void noteOnce(String item, String message) {
        reports.once(jobId, ImportReport.Level.NOTE, item, message);
    }

    void report(ImportReport.Level level, String item, String message) {
        reports.add(jobId, level, item, message);
        if (level == ImportReport.Level.PROBLEM) {
            tally.problems++;
        }
    }

    static String hash(SourceItem item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(item.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short name for an item in the report: {@code story 43 "Parliament opens ..."}. */
    static String label(String kind, String sourceId, String title) {
        String t = title.length() > 80 ? title.substring(0, 79) + "…" : title;
        return kind + (sourceId.isBlank() ? "" : " " + sourceId) + (t.isBlank() ? "" : " \"" + t + "\"");
    }

    /** A skipped item as the report names it: kind, source id and title or slug ({@code page 12 "Home"}). */
    static String label(news.dateline.imports.internal.source.SourceSkipped skipped) {
        return label(skipped.kind(), skipped.sourceId(), skipped.title());
    }

    /** An internal tag as the report names it; the dry run and the import say it once between them. */
    static String label(news.dateline.imports.internal.source.SourceTerm tag) {
        return label("tag", tag.sourceId(), tag.name());
    }

    static final String INTERNAL_TAG = "internal tag: not imported (Dateline shows every tag to readers)";
}
