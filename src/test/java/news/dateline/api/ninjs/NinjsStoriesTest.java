package news.dateline.api.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.CorrectionKind;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.people.Person;
import news.dateline.support.ApiKeys;
import news.dateline.support.Newsdesk;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Public stories as ninjs 3.1 documents that validate against the IPTC's schema; drafts and killed ones are not. */
class NinjsStoriesTest extends SiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    @Autowired
    MediaLibrary media;

    private String key;

    @Test
    void aRichStoryIsValidNinjsWithItsPictureRightsBylinesCorrectionAndTags() {
        Newsdesk desk = newsdesk();
        long n = System.nanoTime();
        Person second = desk.people().create("Зоя Ångström " + n, "zoya-" + n, "Writes.", null);
        Image hero = media.add(new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB), new NewImage("Library caption",
                "Harbour at dawn", new ImageCredit("Wire", "Zoë Ångström"), "© Wire 2025",
                "https://creativecommons.org/licenses/by/4.0/", ""));
        Article draft = desk.articles().file(new NewArticle("مرفأ عند الفجر " + n, null, "Standfirst Zoë", "Body.",
                desk.section().id(), List.of(desk.reporter().id(), second.id()), List.of("harbours", "Ωmega"),
                new HeroImage(hero.id(), "Story caption")), desk.staff());
        Article story = desk.workflow().publish(draft.id());
        desk.workflow().correct(story.id(), CorrectionKind.CORRECTION, "The harbour is in the north.", desk.staff());

        HttpResponse<String> response = api("/api/v1/stories/" + story.id() + ".ninjs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/ninjs+json");
        JsonNode doc = JSON.readTree(response.body());
        assertThat(NinjsSchema.problems(doc)).isEmpty();
        assertThat(doc.get("uri").asString()).endsWith("/api/v1/stories/" + story.id());
        assertThat(doc.get("headlines").get(0).get("value").asString()).isEqualTo("مرفأ عند الفجر " + n);
        assertThat(doc.get("people")).hasSize(2);
        assertThat(doc.get("by").asString()).endsWith(" and Зоя Ångström " + n);
        assertThat(doc.get("descriptions").get(0).get("value").asString()).contains("The harbour is in the north.");
        assertThat(doc.toString()).contains("\"harbours\"", "\"Ωmega\"");
        JsonNode picture = doc.get("associations").get(0);
        assertThat(picture.get("by").asString()).isEqualTo("Wire / Zoë Ångström");
        assertThat(picture.get("copyrightNotice").asString()).isEqualTo("© Wire 2025");
        assertThat(picture.get("rightsInfo").get("linkedRights").asString()).contains("creativecommons");
        assertThat(picture.get("renditions").get(0).get("href").asString()).startsWith("http");

        WireStory back = NinjsWire.read(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(back.headline()).isEqualTo("مرفأ عند الفجر " + n);
        assertThat(back.pictures().get(0).licenseUrl()).contains("creativecommons");

        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(api("/api/v1/stories/" + story.id() + ".ninjs", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(api("/api/v1/stories/" + story.id()).headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/json");
    }

    @Test
    void draftsKilledAndUnknownStoriesAreNotServed() {
        Newsdesk desk = newsdesk();
        Article draft = desk.draft("Ninjs draft", desk.section(), desk.reporter(), null);
        assertThat(api("/api/v1/stories/" + draft.id() + ".ninjs").statusCode()).isEqualTo(404);
        Article killed = desk.published("Ninjs killed", desk.section(), desk.reporter());
        desk.workflow().kill(killed.id());
        assertThat(api("/api/v1/stories/" + killed.id() + ".ninjs").statusCode()).isEqualTo(410);
        assertThat(api("/api/v1/stories/abc.ninjs").statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/api/v1/stories/" + killed.id() + ".ninjs"))).GET()
                .build()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> api(String path, String... headers) {
        if (key == null) {
            key = ApiKeys.content(context, "ninjs test " + System.nanoTime());
        }
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET().header("Authorization", "Bearer " + key);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }
}
