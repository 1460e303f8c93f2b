package news.dateline.imports.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import news.dateline.imports.ImportCounts;
import news.dateline.imports.internal.media.ExportMedia;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourceMedia;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceTerm;

/**
 * Counts what an export holds, as the import will bring it in (sections: the categories stories use, with their
 * parents; Ghost: the primary tags), and says what is missing from the media.
 */
final class PlanCount implements Consumer<SourceItem> {

    private final ExportMedia media;
    private final BiConsumer<String, String> problem;
    private final BiConsumer<String, String> note;
    private final Tally tally = new Tally();
    private final TermBook terms = new TermBook();
    private final Set<String> sections = new HashSet<>();
    private final Set<String> imageUrls = new HashSet<>();

    PlanCount(ExportMedia media, BiConsumer<String, String> problem, BiConsumer<String, String> note) {
        this.media = media;
        this.problem = problem;
        this.note = note;
    }

    @Override
    public void accept(SourceItem item) {
        switch (item) {
            case SourceSite site -> { }
            case SourcePerson person -> {
                tally.people++;
                countImage(person.photoUrl());
            }
            case SourceTerm term -> {
                terms.add(term);
                if (term.kind() == SourceTerm.Kind.TAG && !term.internal()) {
                    tally.tags++;
                } else if (term.internal()) {
                    tally.skipped++;
                    note.accept(RunContext.label(term), RunContext.INTERNAL_TAG);
                }
            }
            case SourceMedia m -> {
                tally.images++;
                imageUrls.add(m.url());
                imageUrls.addAll(m.sizes());
                if (media.present() && !media.has(m.path())) {
                    problem.accept("image " + m.path(), "missing from the media: the picture will be left out");
                }
            }
            case SourcePost post -> {
                if (post.kind() == SourcePost.Kind.PAGE) {
                    tally.pages++;
                } else {
                    tally.story(post.state());
                    terms.sectionTerm(post).ifPresentOrElse(
                            term -> terms.withParents(term).forEach(t -> sections.add(t.sourceId())),
                            () -> sections.add(""));
                }
                tally.comments += post.comments();
                countImage(post.featuredImageUrl());
            }
            case SourceSkipped skipped -> {
                if (skipped.kind().equals("comment")) {
                    tally.skippedComments++;
                } else {
                    tally.skipped++;
                    note.accept(RunContext.label(skipped), skipped.reason());
                }
            }
        }
    }

    private void countImage(String url) {
        if (!url.isBlank() && imageUrls.add(url)) {
            tally.images++;
        }
    }

    ImportCounts counts() {
        tally.sections = sections.size();
        return tally.counts();
    }
}
