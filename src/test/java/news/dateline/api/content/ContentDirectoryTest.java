package news.dateline.api.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPageForm;
import news.dateline.pages.StaticPages;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.support.Newsdesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Pictures with every rendition, sections, people, tags and static pages as apps read them. */
class ContentDirectoryTest extends ContentApiTestBase {

    @Autowired
    MediaLibrary media;

    @Autowired
    StaticPages pages;

    @Test
    void aStoryCarriesItsLeadAndBodyPicturesWithAbsoluteRenditions() {
        Newsdesk desk = newsdesk();
        Image hero = media.add(new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB),
                new NewImage("Library caption", "Harbour at dawn", new ImageCredit("Wire", "Zoë Ångström")));
        Image inline = media.add(new BufferedImage(700, 400, BufferedImage.TYPE_INT_RGB),
                new NewImage("Inline caption", "Market stalls", new ImageCredit("Desk", "")));
        Person byline = desk.reporter();
        Article draft = desk.articles().file(new NewArticle("Pictures " + System.nanoTime(), null, "Standfirst",
                "Before.\n\n![Stalls](" + inline.url(inline.renditionWidths().get(0)) + ")\n\nAfter.",
                desk.section().id(), List.of(byline.id()), List.of(), new HeroImage(hero.id(), "Story caption")),
                desk.staff());
        Article story = desk.workflow().publish(draft.id());

        JsonNode json = ok("/api/v1/stories/" + story.id());
        JsonNode lead = json.get("hero");
        assertThat(lead.get("id").asLong()).isEqualTo(hero.id());
        assertThat(lead.get("caption").asString()).isEqualTo("Story caption");
        assertThat(lead.get("alt").asString()).isEqualTo("Harbour at dawn");
        assertThat(lead.get("credit").asString()).isEqualTo("Wire / Zoë Ångström");
        assertThat(lead.get("width").asInt()).isEqualTo(900);
        assertThat(lead.get("renditions")).hasSize(hero.renditionWidths().size());
        assertThat(lead.get("renditions").get(0).get("jpeg").asString()).startsWith("http").contains("/media/");
        assertThat(lead.get("renditions").get(0).get("webp").asString()).startsWith("http").endsWith(".webp");
        assertThat(json.get("images")).hasSize(1);
        assertThat(json.get("images").get(0).get("id").asLong()).isEqualTo(inline.id());
        assertThat(json.get("bodyHtml").asString()).doesNotContain("src=\"/media/", "srcset=\"/media/")
                .contains("/media/" + inline.storageKey());
    }

    @Test
    void sectionsPeopleAndPages() {
        Newsdesk desk = newsdesk();
        long n = System.nanoTime();
        Section parent = desk.sections().create("Культура " + n, "culture-" + n, 310);
        Section child = desk.sections().create("الفنون " + n, "arts-" + n, 311, parent.id());
        Person person = desk.people().create("Zoë Ångström " + n, "zoe-" + n, "Writes about art.", null);

        JsonNode section = ok("/api/v1/sections/" + child.id());
        assertThat(section.get("name").asString()).isEqualTo(child.name());
        assertThat(section.get("parent").asLong()).isEqualTo(parent.id());
        assertThat(section.get("url").asString()).startsWith("http").endsWith("/arts-" + n);
        assertThat(ids(ok("/api/v1/sections"), "sections")).contains(parent.id(), child.id());
        problem("/api/v1/sections/999999999", 404, null);

        JsonNode found = ok("/api/v1/people/" + person.id());
        assertThat(found.get("name").asString()).isEqualTo(person.displayName());
        assertThat(found.get("bio").asString()).isEqualTo("Writes about art.");
        assertThat(found.get("photo").isNull()).isTrue();
        assertThat(ids(ok("/api/v1/people"), "people")).contains(person.id());

        StaticPage draft = pages.importPage(new StaticPageForm("Draft page " + n, "draft-" + n, null, 0, "Hidden.", "",
                false), false, null, null);
        StaticPage shown = pages.importPage(new StaticPageForm("Über uns " + n, "about-" + n, null, 0,
                "We report **news**.", "Who we are", false), true, null, null);
        assertThat(ok("/api/v1/pages/" + shown.id()).get("bodyHtml").asString()).contains("<strong>news</strong>");
        problem("/api/v1/pages/" + draft.id(), 404, null);
        List<Long> listed = ids(ok("/api/v1/pages"), "pages");
        assertThat(listed).contains(shown.id()).doesNotContain(draft.id());

        JsonNode tags = ok("/api/v1/tags").get("tags");
        assertThat(tags.size()).isBetween(1, ContentDirectoryController.MAX_TAGS);
        List<Long> counts = new ArrayList<>();
        tags.forEach(tag -> counts.add(tag.get("count").asLong()));
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
