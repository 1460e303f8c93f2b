package news.dateline.imports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import news.dateline.imports.ImportException;
import news.dateline.imports.ImportReport;
import news.dateline.imports.ImportRequest;
import news.dateline.imports.internal.jobs.JobRepository;
import news.dateline.imports.internal.jobs.ReportRepository;
import news.dateline.imports.internal.media.ExportMedia;
import news.dateline.imports.internal.source.SourceException;
import news.dateline.imports.internal.source.SourceReader;
import news.dateline.platform.DataDirectory;
import org.springframework.stereotype.Component;

/** The dry run: reads an export and its media, counts what they hold and notes what will not come in as it is. */
@Component
public class ImportPlanner {

    private final List<SourceReader> readers;
    private final JobRepository jobs;
    private final ReportRepository reports;
    private final ImportSettings settings;
    private final DataDirectory data;
    private final Clock clock;

    ImportPlanner(List<SourceReader> readers, JobRepository jobs, ReportRepository reports, ImportSettings settings,
                  DataDirectory data, Clock clock) {
        this.readers = readers;
        this.jobs = jobs;
        this.reports = reports;
        this.settings = settings;
        this.data = data;
        this.clock = clock;
    }

    /** Plans the import; returns the job's id (a FAILED job when the export or its media cannot be read). */
    public long plan(ImportRequest request) {
        SourceReader reader = reader(request.platform());
        if (!Files.isRegularFile(request.export())) {
            throw new ImportException("There is no export file at " + request.export());
        }
        if (request.media() != null && !Files.exists(request.media())) {
            throw new ImportException("There is no media folder or archive at " + request.media());
        }
        long id = jobs.insert(request.platform(), request.export().toAbsolutePath().toString(),
                request.media() == null ? "" : request.media().toAbsolutePath().toString(), request.siteUrl(),
                request.requestedBy() == null ? "command line" : request.requestedBy().username(),
                news.dateline.imports.ImportCounts.NONE, clock.instant());
        try {
            ExportMedia media = ExportMedia.open(request.media(), jobFolder(id), settings.archiveLimit(),
                    settings.fileLimit(), (entry, reason) -> reports.add(id, ImportReport.Level.PROBLEM,
                            "media " + entry, reason));
            PlanCount count = new PlanCount(media, (item, message) -> reports.add(id, ImportReport.Level.PROBLEM,
                    item, message), (item, message) -> reports.add(id, ImportReport.Level.NOTE, item, message));
            reader.read(request.export(), count);
            jobs.planned(id, count.counts());
        } catch (SourceException e) {
            jobs.fail(id, e.getMessage(), clock.instant());
        } catch (IOException e) {
            jobs.fail(id, e.getMessage() == null ? "The media cannot be read" : e.getMessage(), clock.instant());
        }
        return id;
    }

    SourceReader reader(String platform) {
        return readers.stream().filter(r -> r.platform().equals(platform)).findFirst()
                .orElseThrow(() -> new ImportException("Dateline cannot import \"" + platform + "\": choose "
                        + String.join(", ", readers.stream().map(SourceReader::platform).sorted().toList())));
    }

    Path jobFolder(long id) throws IOException {
        return Files.createDirectories(data.resolve("imports").resolve("job-" + id));
    }
}
