package news.dateline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import news.dateline.articles.Article;
import news.dateline.articles.CorrectionKind;
import news.dateline.articles.NewArticle;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.NewImage;
import news.dateline.sections.Section;
import org.junit.jupiter.api.Test;

/**
 * The invalidation matrix: every kind of change shows on every page that shows what changed, on the very next
 * request, although each page was served from the cache just before the change. Changes that reach a node later
 * (by the journal, the clock, view counts or the search index) are in {@link DeferredInvalidationTest}.
 */
class InvalidationMatrixTest extends InvalidationTestSupport {

    @Test
    void anEditedHeadlineShowsEverywhereTheStoryIsListed() {
        Article story = desk.published("Cached headline", section, reporter);
        var pages = pagesOf(story);
        cached(List.copyOf(pages.values()));
        String search = "/search?q=" + story.headline().split(" ")[0] + "+" + story.headline().split(" ")[2];
        cached(List.of(search));

        String edited = "Edited headline " + System.nanoTime();
        var content = story.content();
        articles.save(story.id(), story.version(), new NewArticle(edited, content.slug(), content.standfirst(),
                content.body(), content.sectionId(), content.bylines(), content.tags(), content.hero(),
                content.seoTitle(), content.seoDescription()), desk.staff(), false);

        var softly = new org.assertj.core.api.SoftAssertions();
        pages.forEach((name, path) -> softly.assertThat(body(path)).as(name).contains(edited));
        softly.assertAll();
        eventuallyShows("/search?q=" + edited.replace(' ', '+'), edited);
    }

    @Test
    void aPublishedStoryAppearsOnEveryListAndAWithdrawnOneLeavesThem() {
        Article first = desk.published("Already there", section, reporter);
        var pages = pagesOf(first);
        cached(pages.entrySet().stream().filter(e -> !e.getKey().equals("article")).map(Map.Entry::getValue).toList());

        Article second = desk.published("Just published", section, reporter);
        pages.forEach((name, path) -> {
            if (!name.equals("article")) {
                assertThat(body(path)).as(name).contains(second.headline());
            }
        });
        cached(List.of(desk.path(second)));

        workflow.unpublish(second.id());
        assertThat(get(desk.path(second)).statusCode()).isEqualTo(404);
        pages.forEach((name, path) -> {
            if (!name.equals("article")) {
                assertThat(body(path)).as(name).doesNotContain(second.headline()).contains(first.headline());
            }
        });
    }

    @Test
    void aCorrectionShowsOnTheArticleAtOnce() {
        Article story = desk.published("To be corrected", section, reporter);
        cached(List.of(desk.path(story)));
        String text = "An earlier version misspelt the minister's name " + System.nanoTime() + ".";
        workflow.correct(story.id(), CorrectionKind.CORRECTION, text, desk.staff());
        assertThat(body(desk.path(story))).contains(text);
    }

    @Test
    void aMovedStoryLeavesItsOldSectionAndJoinsTheNewOne() {
        Article story = desk.published("On the move", section, reporter);
        long n = System.nanoTime();
        Section other = sections.create("Other " + n, "other-" + n, 201);
        cached(List.of(section.path(), other.path(), "/feeds/sections/" + section.slug() + "/rss.xml"));
        var content = story.content();
        articles.save(story.id(), story.version(), new NewArticle(content.headline(), content.slug(), content.standfirst(),
                content.body(), other.id(), content.bylines(), content.tags(), content.hero(), content.seoTitle(),
                content.seoDescription()), desk.staff(), false);
        assertThat(body(section.path())).doesNotContain(story.headline());
        assertThat(body("/feeds/sections/" + section.slug() + "/rss.xml")).doesNotContain(story.headline());
        assertThat(body(other.path())).contains(story.headline());
    }

    @Test
    void aRenamedSectionIsRenamedOnEveryPage() {
        Article story = desk.published("Under a section", section, reporter);
        cached(List.of("/", desk.path(story), section.path(), "/people/" + reporter.slug()));
        String renamed = "Renamed desk " + System.nanoTime();
        sections.update(section.id(), renamed, section.position());
        for (String path : List.of("/", desk.path(story), section.path(), "/people/" + reporter.slug())) {
            assertThat(body(path)).as(path).contains(renamed);
        }
    }

    @Test
    void aRenamedPersonIsRenamedOnTheirBylinesAndPage() {
        Article story = desk.published("By a person", section, reporter);
        cached(List.of(desk.path(story), section.path(), reporter.path(), "/feeds/rss.xml"));
        String renamed = "Renamed Reporter " + System.nanoTime();
        people.update(reporter.id(), renamed, reporter.bio(), reporter.photoImageId());
        for (String path : List.of(desk.path(story), section.path(), reporter.path(), "/feeds/rss.xml")) {
            assertThat(body(path)).as(path).contains(renamed);
        }
    }

    @Test
    void anImageCreditEditShowsUnderTheImage() {
        Image image = media.add(new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB),
                new NewImage("A caption", "A grey rectangle", new ImageCredit("Agency One", "")));
        Article draft = desk.draft("With a picture", section, reporter, image.id());
        Article story = workflow.publish(draft.id());
        cached(List.of(desk.path(story)));
        assertThat(body(desk.path(story))).contains("Agency One");
        media.update(image.id(), new NewImage("A caption", "A grey rectangle", new ImageCredit("Agency Two", "")));
        assertThat(body(desk.path(story))).contains("Agency Two").doesNotContain("Agency One");
    }
}
