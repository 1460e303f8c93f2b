package news.dateline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPageForm;
import news.dateline.pages.StaticPages;
import news.dateline.sections.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The invalidation matrix's rows for static pages and section parents: each page was served from the cache just
 * before the change and shows it on the very next request.
 */
class StaticPageInvalidationTest extends InvalidationTestSupport {

    @Autowired
    StaticPages pages;

    private StaticPage page;

    @AfterEach
    void unlist() {
        if (page != null) {
            pages.byId(page.id()).ifPresent(p -> pages.update(p.id(), new StaticPageForm(p.title(), p.slug(), null, 0,
                    p.body(), "", false), false, p.firstPublishedAt(), p.updatedAt()));
        }
    }

    @Test
    void aRenamedStaticPageIsRenamedOnItselfInEveryFooterAndInTheSitemap() {
        long n = System.nanoTime();
        page = pages.importPage(new StaticPageForm("Masthead " + n, "", null, 0, "Who edits.", "", true), true,
                Instant.now(), null);
        Article story = desk.published("Under a footer", section, reporter);
        List<String> paths = List.of(pages.path(page), "/", section.path(), desk.path(story), "/sitemaps/pages.xml");
        eventuallyShows("/", "Masthead " + n);
        cached(paths);

        String renamed = "Staff list " + n;
        pages.update(page.id(), new StaticPageForm(renamed, page.slug(), null, 0, "Who edits now.", "", true), true,
                page.firstPublishedAt(), Instant.now());
        for (String path : paths.subList(0, 4)) {
            assertThat(body(path)).as(path).contains(renamed);
        }
        assertThat(body(pages.path(page))).contains("Who edits now.");
        assertThat(body("/sitemaps/pages.xml")).contains("<lastmod>");
    }

    @Test
    void aSectionMovedUnderAParentShowsTheBreadcrumbAndJoinsTheParentsFront() {
        long n = System.nanoTime();
        Section parent = sections.create("Parent desk " + n, "parent-desk-" + n, 202);
        Article story = desk.published("Moves up a level", section, reporter);
        cached(List.of(parent.path(), section.path(), desk.path(story)));

        sections.update(section.id(), section.name(), section.position(), parent.id());
        assertThat(body(parent.path())).contains(story.headline(), "href=\"" + section.path() + "\"");
        assertThat(body(section.path())).contains("<a href=\"" + parent.path() + "\">Parent desk " + n + "</a> › ");
        assertThat(body(desk.path(story))).contains("\"name\":\"Parent desk " + n + "\"");

        Article next = desk.published("Filed in the child", section, reporter);
        assertThat(body(parent.path())).contains(next.headline());
    }
}
