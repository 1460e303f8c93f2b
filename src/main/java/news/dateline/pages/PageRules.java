package news.dateline.pages;

import java.time.Instant;
import news.dateline.pages.internal.StaticPageRepository;
import news.dateline.pages.internal.StaticPageRepository.Fields;
import news.dateline.platform.Slug;
import org.jspecify.annotations.Nullable;

/** What a page must be to be saved: a title, a free slug, limits kept, and at most one level deep. */
final class PageRules {

    private final StaticPageRepository repository;

    PageRules(StaticPageRepository repository) {
        this.repository = repository;
    }

    Fields check(@Nullable StaticPage current, StaticPageForm form, boolean published, @Nullable Instant firstPublished,
                 @Nullable Instant updated) {
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A page needs a title");
        }
        if (StaticPages.TITLE.exceededBy(title)) {
            throw new IllegalArgumentException("Title: " + StaticPages.TITLE.message(title));
        }
        String description = form.seoDescription() == null ? "" : form.seoDescription().strip();
        if (StaticPages.DESCRIPTION.exceededBy(description)) {
            throw new IllegalArgumentException("SEO description: " + StaticPages.DESCRIPTION.message(description));
        }
        String body = form.body() == null ? "" : form.body().replace("\r\n", "\n");
        if (StaticPages.BODY.exceededBy(body)) {
            throw new IllegalArgumentException("Body: " + StaticPages.BODY.message(body));
        }
        Slug slug = slug(current, form.slug(), title);
        checkParent(current, form.parentId());
        return new Fields(title, slug.value(), form.parentId(), form.menuOrder(), body, description, published,
                form.shownInFooter(), firstPublished, updated);
    }

    private Slug slug(@Nullable StaticPage current, @Nullable String typed, String title) {
        Long self = current == null ? null : current.id();
        if (typed == null || typed.isBlank()) {
            if (current != null) {
                return new Slug(current.slug());
            }
            return Slug.firstUnused(Slug.derive(title).map(Slug::value).orElse("page"), candidate -> !free(candidate, null));
        }
        Slug slug = Slug.typed(typed);
        if (!free(slug.value(), self)) {
            throw new IllegalArgumentException("Another page already uses the address " + slug.value());
        }
        return slug;
    }

    private boolean free(String slug, @Nullable Long self) {
        return repository.findBySlug(slug).map(other -> self != null && other.id() == self).orElse(true);
    }

    private void checkParent(@Nullable StaticPage current, @Nullable Long parentId) {
        if (parentId == null) {
            return;
        }
        if (current != null && current.id() == parentId) {
            throw new IllegalArgumentException("A page cannot sit under itself");
        }
        StaticPage parent = repository.findById(parentId)
                .orElseThrow(() -> new IllegalArgumentException("The parent page no longer exists"));
        if (!parent.isTopLevel()) {
            throw new IllegalArgumentException("\"" + parent.title() + "\" is itself under another page:"
                    + " pages go one level deep, so choose a top-level page as the parent");
        }
        if (current != null && repository.countChildren(current.id()) > 0) {
            throw new IllegalArgumentException("\"" + current.title() + "\" has child pages, so it cannot go under"
                    + " another page (pages go one level deep)");
        }
    }
}
