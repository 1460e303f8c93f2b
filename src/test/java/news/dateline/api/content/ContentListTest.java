package news.dateline.api.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.CorrectionKind;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.support.MutableClock;
import news.dateline.support.Newsdesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The story list: newest first, a cursor that stays put while stories are published, filters, fields, ETags. */
class ContentListTest extends ContentApiTestBase {

    @Autowired
    MutableClock clock;

    @Test
    void pagesStayStableWhileStoriesArePublishedBetweenRequests() {
        Newsdesk desk = newsdesk();
        Person byline = desk.reporter();
        String tag = "page" + System.nanoTime();
        Instant start = clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        List<Long> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.addFirst(publishAsOf(desk, desk.section(), byline, tag, start.plusSeconds(i)).id());
        }

        JsonNode first = ok("/api/v1/stories?tag=" + tag + "&limit=2&updatedSince=2000-01-01T01:00:00%2B01:00");
        assertThat(ids(first, "stories")).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(first.get("next").asString()).startsWith("http").contains("cursor=").contains("limit=2");

        Article latest = publishAsOf(desk, desk.section(), byline, tag, clock.instant().minusSeconds(1));
        JsonNode second = ok(nextOf(first));
        assertThat(ids(second, "stories")).containsExactlyElementsOf(newestFirst.subList(2, 4));
        JsonNode third = ok(nextOf(second));
        assertThat(ids(third, "stories")).containsExactly(newestFirst.get(4));
        assertThat(third.get("next").isNull()).isTrue();
        assertThat(ids(ok("/api/v1/stories?tag=" + tag + "&limit=1"), "stories")).containsExactly(latest.id());
    }

    @Test
    void filtersBySectionPersonTagAndLastChange() {
        Newsdesk desk = newsdesk();
        String slug = "api-desk-" + System.nanoTime();
        Section section = desk.sections().create("API desk Zoë", slug, 300);
        Section child = desk.sections().create("API child", slug + "-child", 301, section.id());
        Person byline = desk.reporter();
        Person other = desk.reporter();
        String tag = "filter" + System.nanoTime();
        Instant weekAgo = clock.instant().minus(Duration.ofDays(7));
        Article inSection = publishAsOf(desk, section, byline, tag, weekAgo);
        Article inChild = publishAsOf(desk, child, other, tag, weekAgo.plusSeconds(1));
        Article elsewhere = publishAsOf(desk, desk.section(), other, tag, weekAgo.plusSeconds(2));

        assertThat(ids(ok("/api/v1/stories?section=" + slug), "stories")).containsExactly(inChild.id(), inSection.id());
        assertThat(ids(ok("/api/v1/stories?section=" + child.id()), "stories")).containsExactly(inChild.id());
        assertThat(ids(ok("/api/v1/stories?person=" + byline.slug()), "stories")).containsExactly(inSection.id());
        assertThat(ids(ok("/api/v1/stories?person=" + other.id() + "&tag=" + tag), "stories"))
                .containsExactly(elsewhere.id(), inChild.id());

        Instant since = clock.instant().minus(Duration.ofMinutes(1));
        desk.workflow().correct(inChild.id(), CorrectionKind.UPDATE, "Now with figures.", desk.staff());
        assertThat(ids(ok("/api/v1/stories?tag=" + tag + "&updatedSince=" + since), "stories"))
                .containsExactly(inChild.id());
        problem("/api/v1/stories?section=no-such-section-" + System.nanoTime(), 400, "section");
    }

    @Test
    void sparseFieldsAndEtags() {
        Newsdesk desk = newsdesk();
        String tag = "fields" + System.nanoTime();
        Article story = publishAsOf(desk, desk.section(), desk.reporter(), tag, clock.instant().minusSeconds(60));

        JsonNode list = ok("/api/v1/stories?tag=" + tag + "&fields=id,headline");
        assertThat(list.get("stories").get(0).propertyNames()).containsExactly("id", "headline");
        assertThat(list.get("stories").get(0).get("headline").asString()).isEqualTo(story.headline());
        problem("/api/v1/stories?fields=id,secrets", 400, "fields");

        var response = api("/api/v1/stories/" + story.id());
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).doesNotStartWith("W/");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("public");
        var again = api("/api/v1/stories/" + story.id(), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void badInputIsAClearProblem() {
        problem("/api/v1/stories?limit=0", 400, "limit");
        problem("/api/v1/stories?limit=1000", 400, "limit");
        problem("/api/v1/stories?limit=many", 400, "limit");
        problem("/api/v1/stories?cursor=not-a-cursor!", 400, "cursor");
        problem("/api/v1/stories?cursor=" + java.util.Base64.getUrlEncoder().encodeToString("x|y".getBytes()), 400,
                "cursor");
        problem("/api/v1/stories?updatedSince=yesterday", 400, "updatedSince");
        problem("/api/v1/stories/by-path?path=/wire-desk/%FF%FE", 400, null);
        problem("/api/v1/stories/by-path", 400, "path");
        problem("/api/v1/search?q=%FF%FE", 400, null);
        problem("/api/v1/search?q=news&page=0", 400, "page");
        problem("/api/v1/search?q=news&limit=51", 400, "limit");
        problem("/api/v1/stories?section=", 400, "section");
        problem("/api/v1/stories?person=", 400, "person");
        problem("/api/v1/stories?tag=", 400, "tag");
        problem("/api/v1/stories?fields=", 400, "fields");
        problem("/api/v1/stories/not-a-number", 404, null);
        problem("/api/v1/stories/99999999999999999999", 404, null);
    }

    private static Article publishAsOf(Newsdesk desk, Section section, Person byline, String tag, Instant at) {
        Article draft = desk.draft(section.id(), "List " + System.nanoTime(), "Standfirst", "Body.",
                List.of(byline.id()), List.of(tag));
        return desk.workflow().publishAsOf(draft.id(), at);
    }
}
