package news.dateline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.NewArticle;
import org.junit.jupiter.api.Test;

/**
 * Changes that reach a node's cached pages after a moment rather than on commit: another node's change by the
 * journal, a publication time arriving by the clock, new view counts by the most-read lists, a new story by the
 * search index. Each page was served from the cache just before.
 */
class DeferredInvalidationTest extends InvalidationTestSupport {

    @Test
    void aChangeMadeOnAnotherNodeArrivesThroughTheJournal() {
        Article story = desk.published("Edited elsewhere", section, reporter);
        cached(List.of(desk.path(story), section.path()));
        String edited = "Edited on another node " + System.nanoTime();
        // what another node's transaction leaves behind: the new row and its journal entry, with no event here
        jdbc.sql("UPDATE articles SET headline = ? WHERE id = ?").params(edited, story.id()).update();
        jdbc.sql("INSERT INTO change_journal (kind, entity_id, recorded_at) VALUES ('article', ?, ?)")
                .params(story.id(), news.dateline.platform.Instants.toSql(clock.instant())).update();
        eventuallyShows(desk.path(story), edited);
        eventuallyShows(section.path(), edited);
    }

    @Test
    void aStoryAppearsOnListsWhenItsPublicationTimeArrives() {
        Article story = desk.publishedAt("Timed for later", section, reporter, clock.instant().plusSeconds(60));
        Article earlier = desk.published("Already out", section, reporter);
        cached(List.of(section.path(), "/feeds/sections/" + section.slug() + "/rss.xml"));
        assertThat(body(section.path())).contains(earlier.headline()).doesNotContain(story.headline());
        clock.advance(java.time.Duration.ofSeconds(61));
        eventuallyShows(section.path(), story.headline());
        eventuallyShows("/feeds/sections/" + section.slug() + "/rss.xml", story.headline());
    }

    @Test
    void newlyWrittenViewsRefreshTheMostReadLists() {
        Article story = desk.published("Much read", section, reporter);
        cached(List.of(section.path()));
        assertThat(body(section.path())).doesNotContain("most-read-day");
        var beacon = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/views/" + story.id())))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/131.0.0.0 Safari/537.36").build();
        assertThat(send(beacon).body()).contains("\"counted\":true");
        views.flush();
        mostRead.refresh();
        var front = org.jsoup.Jsoup.parse(body(section.path()));
        assertThat(front.select("section[aria-labelledby=most-read-day] li").text()).contains(story.headline())
                .contains("1 View");
    }

    @Test
    void aCachedSearchPageShowsAStoryOnceTheIndexHasIt() {
        String word = "zqx" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String search = "/search?q=" + word;
        cached(List.of(search));
        assertThat(body(search)).doesNotContain("Indexed later");
        Article story = workflow.publish(articles.file(new NewArticle("Indexed later " + word, null, "Standfirst.",
                "Body about " + word + ".", section.id(), List.of(reporter.id()), List.of(), null), desk.staff()).id());
        eventuallyShows(search, story.headline());
    }
}
