package news.dateline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.articles.PublishedStories;
import news.dateline.media.MediaLibrary;
import news.dateline.people.People;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo newspaper loaded on first start: the seed story plus a dozen more, each with an image. */
class DemoContentTest extends SiteTest {

    @Autowired
    Sections sections;
    @Autowired
    Articles articles;
    @Autowired
    PublishedStories published;
    @Autowired
    People people;
    @Autowired
    MediaLibrary media;

    @Test
    void sectionsAreTheDemoDesksInEditorialOrder() {
        assertThat(sections.all()).extracting(Section::slug)
                .containsSubsequence("world", "politics", "business", "technology", "science", "sport", "opinion");
        assertThat(sections.all().subList(0, 7)).extracting(Section::name)
                .containsExactly("World", "Politics", "Business", "Technology", "Science", "Sport", "Opinion");
    }

    /**
     * Other tests in this shared application add stories, through the newsroom (with an owner) or in desks
     * of their own; demo stories have no owner and are in the demo desks.
     */
    @Test
    void atLeastThirteenStoriesAcrossFiveSectionsByFourPeopleEachWithACreditedImage() {
        Set<String> demoDesks = Set.of("world", "politics", "business", "technology", "science", "sport", "opinion");
        Set<Long> desks = new HashSet<>();
        sections.all().stream().filter(s -> demoDesks.contains(s.slug())).forEach(s -> desks.add(s.id()));
        var stories = published.latest(1, 100).articles().stream()
                .filter(a -> a.ownerAccountId() == null && desks.contains(a.sectionId())).toList();
        assertThat(stories).hasSizeGreaterThanOrEqualTo(13);
        assertThat(stories.stream().map(Article::sectionId).distinct().count()).isGreaterThanOrEqualTo(5);
        Set<Long> bylines = new HashSet<>();
        stories.forEach(a -> bylines.addAll(a.bylines()));
        assertThat(bylines).hasSizeGreaterThanOrEqualTo(4);
        for (Article story : stories) {
            assertThat(story.hero()).as("image of %s", story.slug()).isNotNull();
            var image = media.find(story.hero().imageId()).orElseThrow();
            assertThat(image.altText()).isNotBlank();
            assertThat(image.credit().source()).isNotBlank();
            assertThat(image.renditionWidths()).contains(320, 1024, 2048);
        }
    }

    @Test
    void theSeedStoryIsCopiedFaithfully() {
        Article seed = published.findPublished("xi-jinping-arrived-in-moscow-to-show-support-for-putin").orElseThrow();
        assertThat(seed.headline())
                .isEqualTo("Xi Jinping arrived in Moscow to show support for Putin after Ukrainian drone strikes on the capital.");
        assertThat(articles.byId(seed.id()).orElseThrow().body().markdown()).contains("Moscow's mayor, Sergei Sobyanin, stated that Russian air defenses");
        assertThat(people.byId(seed.bylines().get(0)).orElseThrow().displayName()).isEqualTo("Aditya G. Varma");
        assertThat(media.find(seed.hero().imageId()).orElseThrow().credit().source()).isEqualTo("Reuters");
        assertThat(sections.byId(seed.sectionId()).orElseThrow().name()).isEqualTo("World");
    }

    @Test
    void everyPersonHasABioAndAPhoto() {
        var demoPeople = java.util.stream.Stream.of("aditya-g-varma", "maria-okafor", "lukas-brandt", "sofia-marchetti",
                "james-whitfield").map(slug -> people.bySlug(slug).orElseThrow()).toList();
        assertThat(demoPeople).allSatisfy(p -> {
            assertThat(p.bio()).isNotBlank();
            assertThat(p.photoImageId()).isNotNull();
        });
    }
}
