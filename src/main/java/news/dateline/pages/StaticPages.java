package news.dateline.pages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import news.dateline.accounts.Accounts;
import news.dateline.pages.internal.PageOrder;
import news.dateline.pages.internal.PageRedirectRepository;
import news.dateline.pages.internal.StaticPageRepository;
import news.dateline.pages.internal.StaticPageRepository.Fields;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.Limit;
import news.dateline.platform.Slug;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The static pages. Editors and admins manage them from the newsroom ({@link #add}, {@link #change},
 * {@link #publish}, {@link #unpublish}, {@link #delete}, {@link #forDesk}: the role is checked here, ADR 0015);
 * {@link #importPage} and {@link #update} are the application's own writes (imports) and check no role. Every change
 * writes one {@link ChangeKind#PAGE} journal entry in its transaction, so cached pages (and their footers) drop.
 */
@Service
public class StaticPages {

    /** Where static pages live: {@code /info/<slug>} and {@code /info/<parent>/<slug>}. */
    public static final String SEGMENT = "info";
    public static final Limit TITLE = new Limit(200);
    public static final Limit DESCRIPTION = new Limit(300);
    public static final Limit BODY = new Limit(200_000);

    private final StaticPageRepository repository;
    private final PageRedirectRepository redirects;
    private final ChangeJournal journal;
    private final Accounts accounts;
    private final Clock clock;

    StaticPages(StaticPageRepository repository, PageRedirectRepository redirects, ChangeJournal journal,
                Accounts accounts, Clock clock) {
        this.repository = repository;
        this.redirects = redirects;
        this.journal = journal;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every page, drafts too, in footer order: for the newsroom's list (editors and admins only). */
    public List<StaticPage> forDesk() {
        requireDeskRights();
        return PageOrder.of(repository.findAll());
    }

    /** One page with its text, to edit (editors and admins only). */
    public StaticPage forEditing(long id) {
        requireDeskRights();
        return existing(id);
    }

    /** An editor adds a page from the newsroom: a draft until published. */
    @Transactional
    public StaticPage add(StaticPageForm form) {
        requireDeskRights();
        return save(null, form, false, null, null, -1);
    }

    /** An editor saves a page opened at {@code version}; refused when someone else saved it since. */
    @Transactional
    public StaticPage change(long id, long version, StaticPageForm form) {
        requireDeskRights();
        StaticPage current = existing(id);
        return save(current, form, current.published(), current.firstPublishedAt(), clock.instant(), version);
    }

    @Transactional
    public StaticPage publish(long id) {
        requireDeskRights();
        StaticPage page = existing(id);
        Instant now = clock.instant();
        return save(page, formOf(page), true, page.firstPublishedAt() == null ? now : page.firstPublishedAt(), now,
                page.version());
    }

    @Transactional
    public StaticPage unpublish(long id) {
        requireDeskRights();
        StaticPage page = existing(id);
        return save(page, formOf(page), false, page.firstPublishedAt(), clock.instant(), page.version());
    }

    /** Deletes a page; one with child pages is refused (move or delete them first). */
    @Transactional
    public void delete(long id) {
        requireDeskRights();
        StaticPage page = existing(id);
        if (repository.countChildren(id) > 0) {
            throw new IllegalArgumentException("\"" + page.title() + "\" has child pages: move or delete them first");
        }
        redirects.forget(id);
        repository.delete(id);
        journal.record(ChangeKind.PAGE, id);
    }

    /** An import creates a page as the source had it (no role: a system action). */
    @Transactional
    public StaticPage importPage(StaticPageForm form, boolean published, @Nullable Instant firstPublished,
                                 @Nullable Instant updated) {
        return save(null, form, published, published && firstPublished == null ? clock.instant() : firstPublished,
                updated, -1);
    }

    /** A re-import updates a page it created before (no role, no version check: a system action). */
    @Transactional
    public StaticPage update(long id, StaticPageForm form, boolean published, @Nullable Instant firstPublished,
                             @Nullable Instant updated) {
        StaticPage current = existing(id);
        return save(current, form, published, published && firstPublished == null ? clock.instant() : firstPublished,
                updated, current.version());
    }

    /** Any page (drafts too) by its slug. */
    public Optional<StaticPage> bySlug(String requested) {
        String slug = Slug.normalize(requested);
        return Slug.isValid(slug) ? repository.findBySlug(slug) : Optional.empty();
    }

    /**
     * Where a published page that used to be at {@code /info/[parentSlug/]slug} is now, when one of those slugs is
     * one it (or its parent) had before; empty when the address is current or was never a page's.
     */
    public Optional<String> movedTo(@Nullable String parentSlug, String slug) {
        String wanted = Slug.normalize(slug);
        Optional<StaticPage> current = repository.findBySlug(wanted);
        Optional<StaticPage> page = current.isPresent()
                ? current.filter(p -> parentSlug != null && p.parentId() != null
                        && redirects.pageFor(Slug.normalize(parentSlug)).equals(Optional.of(p.parentId())))
                : redirects.pageFor(wanted).flatMap(repository::findById);
        return page.filter(StaticPage::published).map(this::path);
    }

    public Optional<StaticPage> byId(long id) {
        return repository.findById(id);
    }

    /** The published page readers asked for at {@code /info/[parentSlug/]slug}; empty for drafts and wrong paths. */
    public Optional<StaticPage> publicAt(@Nullable String parentSlug, String slug) {
        return bySlug(slug).filter(StaticPage::published).filter(page -> {
            Optional<StaticPage> parent = page.parentId() == null ? Optional.empty() : repository.findById(page.parentId());
            return parentSlug == null ? parent.isEmpty()
                    : parent.map(p -> p.slug().equals(Slug.normalize(parentSlug))).orElse(false);
        });
    }

    /** The footer list: published pages shown in the footer, top-level first in menu order, children after their parent. */
    public List<StaticPage> footer() {
        return PageOrder.of(repository.findAll().stream().filter(p -> p.published() && p.shownInFooter()).toList());
    }

    /** Every published page, in footer order (the sitemap). */
    public List<StaticPage> published() {
        return PageOrder.of(repository.findAll().stream().filter(StaticPage::published).toList());
    }

    /** The page's public address, percent-encoded: {@code /info/about} or {@code /info/about/contact}. */
    public String path(StaticPage page) {
        return page.parentId() == null ? "/" + SEGMENT + "/" + Slug.encode(page.slug())
                : repository.findById(page.parentId()).map(parent -> path(parent, page))
                .orElse("/" + SEGMENT + "/" + Slug.encode(page.slug()));
    }

    /** The address of {@code page} under {@code parent}, already at hand (no lookup). */
    public String path(StaticPage parent, StaticPage page) {
        return "/" + SEGMENT + "/" + Slug.encode(parent.slug()) + "/" + Slug.encode(page.slug());
    }

    private StaticPage save(@Nullable StaticPage current, StaticPageForm form, boolean published,
                            @Nullable Instant firstPublished, @Nullable Instant updated, long version) {
        Fields fields = new PageRules(repository).check(current, form, published, firstPublished, updated);
        StaticPage saved;
        if (current == null) {
            saved = repository.insert(fields, clock.instant());
        } else if (repository.update(current.id(), version, fields)) {
            saved = existing(current.id());
            if (!saved.slug().equals(current.slug())) {
                redirects.moved(saved.id(), current.slug());
            }
        } else {
            throw new IllegalArgumentException("Someone else saved \"" + current.title()
                    + "\" since you opened it; nothing was overwritten. Open it again to see their changes");
        }
        redirects.release(saved.slug());
        journal.record(ChangeKind.PAGE, saved.id());
        return saved;
    }

    private StaticPage existing(long id) {
        return repository.findById(id).orElseThrow(() -> new NoSuchElementException("There is no such page"));
    }

    private static StaticPageForm formOf(StaticPage page) {
        return new StaticPageForm(page.title(), page.slug(), page.parentId(), page.menuOrder(), page.body(),
                page.seoDescription(), page.shownInFooter());
    }

    private void requireDeskRights() {
        accounts.requireDeskRights("Only editors and admins manage pages");
    }
}
