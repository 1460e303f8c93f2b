package news.dateline.imports.internal;

import news.dateline.imports.ImportReport;
import news.dateline.imports.internal.source.SourcePost;
import org.springframework.stereotype.Component;

/** Static pages (About us, Corrections policy): until Dateline has static pages, each is named in the report. */
@Component
class PageImport {

    void page(SourcePost post, RunContext run) {
        run.report(ImportReport.Level.WARNING, RunContext.label("page", post.sourceId(), post.title()),
                "not imported yet: this Dateline has no static pages");
        run.tally.skipped++;
    }
}
