package news.dateline.api.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.CorrectionKind;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.support.MutableClock;
import news.dateline.support.Newsdesk;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The Content API shows readers exactly what the site shows them: by list, by id, by path and in search. */
class ContentVisibilityTest extends ContentApiTestBase {

    @Autowired
    MutableClock clock;

    @Test
    void onlyPublicStoriesAreListedFoundAndSearched() {
        Newsdesk desk = newsdesk();
        Section section = desk.section();
        Person byline = desk.reporter();
        String tag = "vis" + System.nanoTime();
        String word = "zeppelinword" + System.nanoTime();
        Article draft = file(desk, section, byline, tag, word, "Draft");
        Article ready = desk.workflow().submit(file(desk, section, byline, tag, word, "Ready").id());
        Article embargoed = desk.workflow().embargo(file(desk, section, byline, tag, word, "Embargoed").id(),
                clock.instant().plus(Duration.ofDays(2)));
        Article scheduled = desk.workflow().schedule(file(desk, section, byline, tag, word, "Scheduled").id(),
                clock.instant().plus(Duration.ofDays(2)));
        Article future = desk.workflow().publishAsOf(file(desk, section, byline, tag, word, "Later").id(),
                clock.instant().plus(Duration.ofDays(2)));
        Article unpublished = desk.workflow().unpublish(publish(desk, section, byline, tag, word, "Unpublished").id());
        Article killed = desk.workflow().kill(publish(desk, section, byline, tag, word, "Killed").id());
        Article shown = publish(desk, section, byline, tag, word, "Zoë Ångström Шрифт العربية");

        assertThat(ids(ok("/api/v1/stories?tag=" + tag), "stories")).containsExactly(shown.id());
        for (Article hidden : List.of(draft, ready, embargoed, scheduled, future, unpublished)) {
            problem("/api/v1/stories/" + hidden.id(), 404, null);
            problem("/api/v1/stories/by-path?path=" + desk.path(hidden), 404, null);
        }
        problem("/api/v1/stories/" + killed.id(), 410, null);
        problem("/api/v1/stories/by-path?path=" + desk.path(killed), 410, null);

        JsonNode story = ok("/api/v1/stories/" + shown.id());
        assertThat(story.get("headline").asString()).isEqualTo(shown.headline());
        assertThat(story.get("url").asString()).startsWith("http").endsWith(desk.path(shown));
        assertThat(story.get("section").get("id").asLong()).isEqualTo(section.id());
        assertThat(story.get("bylines").get(0).get("name").asString()).isEqualTo(byline.displayName());
        assertThat(story.get("tags").get(0).asString()).isEqualTo(tag);
        assertThat(story.get("bodyHtml").asString()).contains(word).contains("href=\"http");
        assertThat(story.get("firstPublishedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(ok("/api/v1/stories/by-path?path=" + desk.path(shown)).get("id").asLong()).isEqualTo(shown.id());

        JsonNode found = Awaitility.await("search finds the public story").atMost(Duration.ofSeconds(10))
                .until(() -> ok("/api/v1/search?q=" + word), results -> results.get("total").asLong() >= 1);
        assertThat(found.get("results")).hasSize(1);
        assertThat(found.get("results").get(0).get("story").get("id").asLong()).isEqualTo(shown.id());
    }

    @Test
    void aScheduledStoryAppearsWhenItsTimeComesAndCorrectionsAreListed() {
        Newsdesk desk = newsdesk();
        Section section = desk.section();
        Person byline = desk.reporter();
        String tag = "sched" + System.nanoTime();
        Article scheduled = desk.workflow().schedule(file(desk, section, byline, tag, "word", "Scheduled").id(),
                clock.instant().plus(Duration.ofMinutes(30)));
        problem("/api/v1/stories/" + scheduled.id(), 404, null);

        clock.advance(Duration.ofMinutes(31));
        desk.workflow().releaseDue();
        desk.workflow().correct(scheduled.id(), CorrectionKind.CORRECTION, "An earlier version misspelt Zoë.", desk.staff());

        JsonNode story = ok("/api/v1/stories/" + scheduled.id());
        assertThat(story.get("corrections").get(0).get("kind").asString()).isEqualTo("correction");
        assertThat(story.get("corrections").get(0).get("text").asString()).contains("Zoë");
        assertThat(story.get("lastUpdatedAt").isNull()).isFalse();
        assertThat(ids(ok("/api/v1/stories?tag=" + tag), "stories")).containsExactly(scheduled.id());
    }

    @Test
    void aMovedStorysOldAddressAnswersWithTheStoryAndItsCurrentUrl() {
        Newsdesk desk = newsdesk();
        Article story = publish(desk, desk.section(), desk.reporter(), "moved" + System.nanoTime(), "w", "Moved");
        String oldPath = desk.path(story);
        var content = story.content();
        Article moved = desk.articles().save(story.id(), story.version(), new news.dateline.articles.NewArticle(
                content.headline(), story.slug() + "-renamed", content.standfirst(), content.body(),
                desk.otherSection().id(), content.bylines(), content.tags(), null), desk.staff(), false);

        JsonNode found = ok("/api/v1/stories/by-path?path=" + oldPath);
        assertThat(found.get("id").asLong()).isEqualTo(story.id());
        assertThat(found.get("path").asString()).isEqualTo(desk.path(moved)).isNotEqualTo(oldPath);
    }

    private static Article file(Newsdesk desk, Section section, Person byline, String tag, String word, String label) {
        String headline = label + " " + System.nanoTime();
        return desk.draft(section.id(), headline, "Standfirst", "Body with " + word + " and a [link](/world).",
                List.of(byline.id()), List.of(tag));
    }

    private static Article publish(Newsdesk desk, Section section, Person byline, String tag, String word, String label) {
        return desk.workflow().publish(file(desk, section, byline, tag, word, label).id());
    }
}
