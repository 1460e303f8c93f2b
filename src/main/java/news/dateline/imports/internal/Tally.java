package news.dateline.imports.internal;

import news.dateline.imports.ImportCounts;
import news.dateline.imports.internal.source.SourceState;

/** Counts of an import as they grow, item by item (one thread). */
final class Tally {

    int people;
    int sections;
    int tags;
    int published;
    int drafts;
    int scheduled;
    int withheld;
    int pages;
    int images;
    int comments;
    int skippedComments;
    int skipped;
    int problems;

    void story(SourceState state) {
        switch (state) {
            case PUBLISHED -> published++;
            case DRAFT -> drafts++;
            case SCHEDULED -> scheduled++;
            case PRIVATE, PASSWORD, MEMBERS -> withheld++;
        }
    }

    ImportCounts counts() {
        return new ImportCounts(people, sections, tags, published, drafts, scheduled, withheld, pages, images,
                Math.max(comments, skippedComments), skipped, problems);
    }
}
