package news.dateline.imports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Staff;
import news.dateline.imports.ImportReport;
import news.dateline.imports.internal.body.BodyConverter;
import news.dateline.imports.internal.jobs.PendingLinkRepository;
import news.dateline.imports.internal.jobs.ProvenanceRepository;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceState;
import news.dateline.media.Image;
import news.dateline.platform.Language;
import news.dateline.platform.SiteSettings;
import news.dateline.platform.Slug;
import org.springframework.stereotype.Component;

/**
 * Stories: filed as the system, then moved to their state (published as of their first publication, with their last
 * update; scheduled; private, password-protected and members-only ones as drafts whose first revision says why). A
 * story imported before is updated when the source changed, unless someone edited it in Dateline since.
 */
@Component
class StoryImport {

    static final String STORY = "story";

    private final Articles articles;
    private final ArticleWorkflow workflow;
    private final BodyConverter converter;
    private final StoryParts parts;
    private final ProvenanceRepository provenance;
    private final StoryAddressBook addressBook;
    private final SiteSettings site;
    private final Clock clock;

    private final PendingLinkRepository pendingLinks;

    StoryImport(Articles articles, ArticleWorkflow workflow, BodyConverter converter, StoryParts parts,
                ProvenanceRepository provenance, StoryAddressBook addressBook, SiteSettings site,
                PendingLinkRepository pendingLinks, Clock clock) {
        this.pendingLinks = pendingLinks;
        this.articles = articles;
        this.workflow = workflow;
        this.converter = converter;
        this.parts = parts;
        this.provenance = provenance;
        this.addressBook = addressBook;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Imports one story.
     *
     * @param ownSlug whether to keep the source's slug (false after it turned out to be taken)
     */
    void story(SourcePost post, RunContext run, boolean ownSlug) {
        String item = RunContext.label(STORY, post.sourceId(), post.title());
        var source = run.source(STORY, post.sourceId());
        String hash = RunContext.hash(post);
        var known = provenance.find(source);
        Optional<Article> existing = known.flatMap(p -> articles.byId(p.targetId()));
        if (existing.isPresent()) {
            var p = known.get();
            Article article = existing.get();
            if (article.version() != p.version()) {
                if (p.jobId() != run.jobId || !p.hash().equals(hash)) {
                    run.report(ImportReport.Level.WARNING, item, "edited in Dateline since it was imported: not overwritten");
                }
            } else if (!p.hash().equals(hash)) {
                ArchiveLinks links = parts.links(run);
                NewArticle content = content(post, run, article.slug(), links);
                articles.save(article.id(), article.version(), content, Staff.SYSTEM, true);
                if (post.state() == SourceState.PUBLISHED && article.firstPublishedAt() == null) {
                    publish(article.id(), post);
                }
                finish(post, run, source, article.id(), hash, links);
            }
            run.tally.story(post.state());
            return;
        }
        ArchiveLinks links = parts.links(run);
        NewArticle content = content(post, run, ownSlug ? slug(post) : "", links);
        Article filed = switch (post.state()) {
            case PRIVATE, PASSWORD, MEMBERS -> articles.file(content, withheldNote(post.state(), run.platform));
            default -> articles.file(content);
        };
        switch (post.state()) {
            case PUBLISHED -> publish(filed.id(), post);
            case SCHEDULED -> schedule(filed.id(), post, item, run);
            default -> { }
        }
        finish(post, run, source, filed.id(), hash, links);
        run.tally.story(post.state());
    }

    /** Brings the story's pictures into the library ahead of its transaction (its lead image and body images). */
    void prepare(SourcePost post, RunContext run) {
        parts.hero(post, run);
        converter.convert(post.format(), post.body(), parts.links(run));
    }

    /** Converts the body again now that every story has its address; saves it when it changed. */
    void relink(SourcePost post, RunContext run) {
        var source = run.source(STORY, post.sourceId());
        var known = provenance.find(source);
        Optional<Article> existing = known.flatMap(p -> articles.byId(p.targetId()));
        if (existing.isEmpty() || existing.get().version() != known.get().version()) {
            return;
        }
        Article article = existing.get();
        ArchiveLinks links = parts.links(run);
        String body = converter.convert(post.format(), post.body(), links).markdown();
        if (!body.equals(article.body().markdown())) {
            NewArticle content = article.content();
            articles.save(article.id(), article.version(), new NewArticle(content.headline(), content.slug(),
                    content.standfirst(), body, content.sectionId(), content.bylines(), content.tags(), content.hero(),
                    content.seoTitle(), content.seoDescription(), content.language()), Staff.SYSTEM, true);
            provenance.record(source, STORY, article.id(), known.get().hash(), version(article.id()), run.jobId,
                    clock.instant());
        }
        pendingLinks.done(run.jobId, post.sourceId());
        if (links.unresolved()) {
            run.report(ImportReport.Level.WARNING, RunContext.label(STORY, post.sourceId(), post.title()),
                    "links to pages of the old site that were not imported are kept as they were");
        }
    }

    private void finish(SourcePost post, RunContext run, ProvenanceRepository.Source source, long id, String hash,
                        ArchiveLinks links) {
        provenance.record(source, STORY, id, hash, version(id), run.jobId, clock.instant());
        addressBook.story(post, id, run);
        if (links.unresolved()) {
            pendingLinks.add(run.jobId, post.sourceId());
        }
    }

    private int version(long id) {
        return articles.byId(id).map(Article::version).orElse(0);
    }

    private void publish(long id, SourcePost post) {
        Instant first = post.published() != null ? post.published() : clock.instant();
        workflow.publishAsOf(id, first);
        if (post.modified() != null && post.modified().isAfter(first.plus(Duration.ofMinutes(1)))) {
            articles.markUpdated(id, post.modified());
        }
    }

    private void schedule(long id, SourcePost post, String item, RunContext run) {
        if (post.published() == null) {
            run.report(ImportReport.Level.NOTE, item, "scheduled without a time in the source: imported as a draft");
        } else if (post.published().isAfter(clock.instant())) {
            workflow.schedule(id, post.published());
        } else {
            workflow.publishAsOf(id, post.published());
            run.report(ImportReport.Level.NOTE, item, "its scheduled time has passed: published as of then");
        }
    }

    private NewArticle content(SourcePost post, RunContext run, String slug, ArchiveLinks links) {
        String item = RunContext.label(STORY, post.sourceId(), post.title());
        var converted = converter.convert(post.format(), post.body(), links);
        converted.notes().forEach(note -> run.report(ImportReport.Level.WARNING, item, note));
        long section = parts.section(post, run);
        List<Long> bylines = parts.bylines(post, run, item);
        List<String> tags = parts.tags(post, run, item);
        HeroImage hero = parts.hero(post, run).map(Image::id).map(id -> new HeroImage(id, null)).orElse(null);
        String headline = post.title().isBlank() ? "Untitled (" + post.sourceId() + ")" : post.title();
        String language = Language.find(post.language(), site.language()).map(Language::tag).orElse("");
        return new NewArticle(ImageImport.cut(headline, NewArticle.HEADLINE.max()), slug,
                ImageImport.cut(ImageImport.plain(post.excerpt()), NewArticle.STANDFIRST.max()), converted.markdown(),
                section, bylines, tags, hero, ImageImport.cut(post.seoTitle(), NewArticle.SEO_TITLE.max()),
                ImageImport.cut(post.seoDescription(), NewArticle.SEO_DESCRIPTION.max()), language);
    }

    /** The source's slug when it is one Dateline can use (WordPress's percent-encoded, cut ones decoded). */
    private static String slug(SourcePost post) {
        String decoded = news.dateline.imports.internal.addresses.OldAddressRepository.normalize("/" + post.slug())
                .replaceAll("^/|/$", "");
        String slug = Slug.normalize(decoded).replaceAll("-+$", "");
        if (slug.length() > Slug.MAX_LENGTH) {
            slug = Slug.shortened(slug, Slug.MAX_LENGTH).replaceAll("-+$", "");
        }
        return Slug.isValid(slug) ? slug : "";
    }

    static String withheldNote(SourceState state, String platform) {
        String from = platform.isEmpty() ? "the source" : Character.toUpperCase(platform.charAt(0)) + platform.substring(1);
        from = from.equals("Wordpress") ? "WordPress" : from;
        return switch (state) {
            case PRIVATE -> "Imported as a draft: it was private in " + from;
            case PASSWORD -> "Imported as a draft: it was password-protected in " + from;
            case MEMBERS -> "Imported as a draft: it was for members only in " + from;
            default -> "Imported";
        };
    }
}
