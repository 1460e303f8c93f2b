package news.dateline.imports.internal;

import java.time.Clock;
import java.util.Optional;
import news.dateline.imports.ImportReport;
import news.dateline.imports.internal.body.BodyConverter;
import news.dateline.imports.internal.jobs.ProvenanceRepository;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceState;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPageForm;
import news.dateline.pages.StaticPages;
import news.dateline.platform.Slug;
import org.springframework.stereotype.Component;

/**
 * Pages (About us, Corrections policy) become static pages, keeping their parent page and menu order, published as
 * the source had them; a page edited in Dateline since its import is not overwritten.
 */
@Component
class PageImport {

    static final String PAGE = "page";

    private final StaticPages pages;
    private final BodyConverter converter;
    private final StoryParts parts;
    private final ProvenanceRepository provenance;
    private final StoryAddressBook addressBook;
    private final Clock clock;

    PageImport(StaticPages pages, BodyConverter converter, StoryParts parts, ProvenanceRepository provenance,
               StoryAddressBook addressBook, Clock clock) {
        this.pages = pages;
        this.converter = converter;
        this.parts = parts;
        this.provenance = provenance;
        this.addressBook = addressBook;
        this.clock = clock;
    }

    void page(SourcePost post, RunContext run) {
        String item = RunContext.label(PAGE, post.sourceId(), post.title());
        var source = run.source(PAGE, post.sourceId());
        String hash = RunContext.hash(post);
        var known = provenance.find(source);
        Optional<StaticPage> existing = known.flatMap(p -> pages.byId(p.targetId()));
        boolean published = post.state() == SourceState.PUBLISHED;
        StaticPage page;
        if (existing.isPresent()) {
            page = existing.get();
            if (page.version() != known.get().version()) {
                if (!known.get().hash().equals(hash)) {
                    run.report(ImportReport.Level.WARNING, item, "edited in Dateline since it was imported: not overwritten");
                }
                run.tally.pages++;
                return;
            }
            if (known.get().hash().equals(hash)) {
                run.tally.pages++;
                return;
            }
            page = pages.update(page.id(), form(post, run, item, page.slug()), published, post.published(), post.modified());
        } else {
            page = pages.importPage(form(post, run, item, slug(post)), published, post.published(), post.modified());
        }
        if (!published) {
            run.report(ImportReport.Level.NOTE, item, "imported as a draft page: it was "
                    + post.state().name().toLowerCase(java.util.Locale.ROOT) + " in the source");
        }
        provenance.record(source, PAGE, page.id(), hash, (int) page.version(), run.jobId, clock.instant());
        addressBook.story(post, page.id(), run);
        run.tally.pages++;
    }

    private StaticPageForm form(SourcePost post, RunContext run, String item, String slug) {
        var links = parts.links(run);
        var converted = converter.convert(post.format(), post.body(), links);
        converted.notes().forEach(note -> run.report(ImportReport.Level.WARNING, item, note));
        Long parent = post.parentId().isBlank() ? null
                : provenance.find(run.source(PAGE, post.parentId())).map(ProvenanceRepository.Provenance::targetId)
                .flatMap(pages::byId).map(p -> p.parentId() == null ? p.id() : p.parentId()).orElse(null);
        if (!post.parentId().isBlank() && parent == null) {
            run.report(ImportReport.Level.WARNING, item, "its parent page " + post.parentId() + " was not imported");
        }
        String description = !post.seoDescription().isBlank() ? post.seoDescription() : ImageImport.plain(post.excerpt());
        return new StaticPageForm(ImageImport.cut(post.title().isBlank() ? "Untitled" : post.title(), StaticPages.TITLE.max()),
                slug, parent, post.menuOrder(), converted.markdown(), ImageImport.cut(description, StaticPages.DESCRIPTION.max()),
                true);
    }

    private String slug(SourcePost post) {
        String slug = Slug.normalize(news.dateline.imports.internal.addresses.OldAddressRepository
                .normalize("/" + post.slug()).replaceAll("^/|/$", ""));
        return Slug.isValid(slug) && pages.bySlug(slug).isEmpty() ? slug : "";
    }
}
