package news.dateline.newsroom.web.imports;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import news.dateline.accounts.Account;
import news.dateline.accounts.NotPermittedException;
import news.dateline.imports.ArchiveImports;
import news.dateline.imports.ImportException;
import news.dateline.imports.ImportRequest;
import news.dateline.newsroom.Desk;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * Receives an export and its media archive. A servlet of its own so that only this address accepts files of
 * gigabytes ({@code dateline.imports.max-upload-size}); the rest of the application keeps Spring's small multipart
 * limits. Tomcat writes the parts under {@code <data-dir>/imports/incoming}; kept files move to the import's own
 * folder ({@link ArchiveImports#uploadFolder()}), then the dry run is planned and the admin is sent to its summary.
 * Every refusal is a sentence on the import screen, never an error page.
 */
class ImportUploadServlet extends HttpServlet {

    static final String PATH = "/newsroom/imports/upload";
    private static final long FEED_LIMIT = 50L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportUploadServlet.class);

    private final transient ArchiveImports imports;
    private final transient Desk desk;
    private final DataSize maxFile;

    ImportUploadServlet(ArchiveImports imports, Desk desk, DataSize maxFile) {
        this.imports = imports;
        this.desk = desk;
        this.maxFile = maxFile;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Account me = desk.me();
        if (!me.role().mayAdminister()) {
            forbidden(request, response);
            return;
        }
        String platform = "";
        String siteUrl = "";
        String feedUrl = "";
        Path folder = null;
        try {
            Part export;
            Part media;
            try {
                platform = text(request.getPart("platform"));
                siteUrl = text(request.getPart("siteUrl")).strip();
                feedUrl = text(request.getPart("feedUrl")).strip();
                export = request.getPart("export");
                media = request.getPart("media");
            } catch (IllegalStateException e) {
                back(request, response, platform, siteUrl, "Not uploaded: a file is larger than " + ImportUploads.label(maxFile)
                        + ", the most this newsroom accepts. Nothing was saved.");
                return;
            } catch (ServletException e) {
                back(request, response, platform, siteUrl, "Send the form from the import page (it was not a file upload).");
                return;
            }
            boolean byAddress = "feed".equals(platform) && !hasFile(export) && !feedUrl.isEmpty();
            String refused = byAddress ? ExportFiles.checkSiteUrl(platform, siteUrl)
                    : check(platform, siteUrl, export, media);
            if (refused != null) {
                back(request, response, platform, siteUrl, refused);
                return;
            }
            folder = imports.uploadFolder();
            Path exportFile = byAddress ? FeedFetch.checked(feedUrl, folder, Math.min(maxFile.toBytes(), FEED_LIMIT))
                    : keep(export, folder, ExportFiles.safeName(export.getSubmittedFileName(), "export"));
            Path mediaFile = hasFile(media) ? keep(media, folder, ExportFiles.mediaName(media.getInputStream())) : null;
            var job = imports.plan(new ImportRequest(platform, exportFile, mediaFile, siteUrl, me));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/newsroom/imports/" + job.id());
        } catch (ImportException e) {
            discard(folder);
            back(request, response, platform, siteUrl, e.getMessage());
        } catch (FeedFetch.Refused e) {
            discard(folder);
            back(request, response, platform, siteUrl, e.getMessage());
        } catch (NotPermittedException e) {
            discard(folder);
            forbidden(request, response);
        } catch (IOException | java.io.UncheckedIOException e) {
            log.warn("An import upload could not be stored in {}: {}", folder, e.toString());
            discard(folder);
            back(request, response, platform, siteUrl, "The upload could not be stored in the data directory ("
                    + e.getMessage() + "). Nothing was imported.");
        } finally {
            for (Part part : parts(request)) {
                part.delete();
            }
        }
    }

    private @Nullable String check(String platform, String siteUrl, @Nullable Part export, @Nullable Part media)
            throws IOException {
        if (!ExportFiles.PLATFORMS.contains(platform)) {
            return "Choose what the export comes from: WordPress, Ghost or an RSS/Atom feed.";
        }
        if (export == null || (export.getSize() == 0 && blank(export.getSubmittedFileName()))) {
            return "feed".equals(platform) ? "Choose the feed file to upload, or give the feed's address."
                    : "Choose the export file to upload.";
        }
        if (export.getSize() > maxFile.toBytes() || (media != null && media.getSize() > maxFile.toBytes())) {
            return "Not uploaded: a file is larger than " + ImportUploads.label(maxFile) + ", the most this newsroom accepts.";
        }
        String name = ExportFiles.safeName(export.getSubmittedFileName(), "");
        try (InputStream in = export.getInputStream()) {
            String wrong = ExportFiles.checkExport(platform, name, in);
            if (wrong != null) {
                return wrong;
            }
        }
        if (hasFile(media)) {
            try (InputStream in = media.getInputStream()) {
                String wrong = ExportFiles.checkMedia(ExportFiles.safeName(media.getSubmittedFileName(), ""), in);
                if (wrong != null) {
                    return wrong;
                }
            }
        }
        return ExportFiles.checkSiteUrl(platform, siteUrl);
    }

    private static Path keep(Part part, Path folder, String name) throws IOException {
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            target = folder.resolve("upload");
        }
        part.write(target.toString());
        return target;
    }

    private static boolean hasFile(@Nullable Part part) {
        return part != null && (part.getSize() > 0 || !blank(part.getSubmittedFileName()));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String text(@Nullable Part part) throws IOException {
        if (part == null || part.getSize() > 2000) {
            return "";
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static java.util.Collection<Part> parts(HttpServletRequest request) {
        try {
            return request.getParts();
        } catch (IOException | ServletException | IllegalStateException e) {
            return java.util.List.of();
        }
    }

    private static void discard(@Nullable Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove the refused upload in {}: {}", folder, e.getMessage());
        }
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String platform, String siteUrl,
                             String error) throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/newsroom/imports?platform=" + enc(platform)
                + "&siteUrl=" + enc(siteUrl) + "&error=" + enc(error));
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher("/newsroom/forbidden").forward(request, response);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text.length() > 300 ? text.substring(0, 300) : text, StandardCharsets.UTF_8);
    }
}
