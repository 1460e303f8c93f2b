package news.dateline.imports.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Staff;
import news.dateline.imports.ArchiveImports;
import news.dateline.imports.ImportJob;
import news.dateline.imports.ImportReport;
import news.dateline.media.MediaLibrary;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPages;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.platform.Slug;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.support.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real WordPress 6.1 export of the shared peer exports, with its uploads archive, imported whole: the counts of its
 * README as they land in Dateline, dates, bylines, sections with their parent, images, old addresses answering with
 * 301s over HTTP, internal links rewritten, and a second run that changes nothing and overwrites no edit.
 */
class WordPressImportTest {

    private static final String PARLIAMENT = "parliament-opens-autumn-session-with-a-budget-fight-looming";

    @ParameterizedTest
    @EnumSource(Database.class)
    void theWholeExportComesInOnceWithEveryOldAddressAnswering(Database database) throws Exception {
        try (ImportNode node = ImportNode.start(database)) {
            ImportJob job = node.importAll("wordpress", node.resource("wordpress-wxr.xml"),
                    node.resource("wordpress-uploads.tar.gz"), "");

            assertThat(job.state()).as(job.message()).isEqualTo(ImportJob.State.DONE);
            var lines = node.bean(ArchiveImports.class).report(job.id()).lines();
            assertThat(lines).as(lines.toString()).noneMatch(line -> line.level() == ImportReport.Level.PROBLEM);
            assertThat(lines.stream().filter(line -> line.level() == ImportReport.Level.NOTE).map(ImportReport.Line::item))
                    .as("each note said once, though the dry run and the import both meet its item").doesNotHaveDuplicates();
            assertThat(job.message()).doesNotContain(" 1 items").doesNotContain(" 1 problems");
            assertThat(job.planned().people()).isEqualTo(4);
            assertThat(job.planned().stories()).isEqualTo(26);
            assertThat(job.done().published()).isEqualTo(21);
            assertThat(job.done().withheld()).isEqualTo(2);
            assertThat(job.done().drafts()).isEqualTo(2);
            assertThat(job.done().scheduled()).isEqualTo(1);
            assertThat(job.done().pages()).isEqualTo(2);
            assertThat(job.done().tags()).isEqualTo(10);
            assertThat(job.done().images()).isEqualTo(38);
            assertThat(job.done().comments()).isEqualTo(6);
            assertThat(job.done().problems()).isZero();

            Articles articles = node.bean(Articles.class);
            List<Article> stories = articles.everyStoryAfter(0, 1000);
            assertThat(stories).hasSize(26);
            Map<ArticleStatus, Long> byStatus = stories.stream()
                    .collect(Collectors.groupingBy(Article::status, Collectors.counting()));
            assertThat(byStatus).containsEntry(ArticleStatus.PUBLISHED, 21L).containsEntry(ArticleStatus.DRAFT, 4L)
                    .containsEntry(ArticleStatus.SCHEDULED, 1L);

            People people = node.bean(People.class);
            Map<String, Person> byName = people.all().stream().collect(Collectors.toMap(Person::displayName, Function.identity()));
            assertThat(byName).containsKeys("Aditya G. Varma", "Zoë Ångström", "Marcus Okafor", "Daniel Reyes");
            assertThat(byName.get("Zoë Ångström").slug()).isEqualTo("zoe-angstrom");
            assertThat(publishedBy(stories, byName.get("Aditya G. Varma"))).isEqualTo(5);
            assertThat(publishedBy(stories, byName.get("Daniel Reyes"))).isEqualTo(5); // + the password-protected draft
            assertThat(publishedBy(stories, byName.get("Marcus Okafor"))).isEqualTo(7);
            assertThat(publishedBy(stories, byName.get("Zoë Ångström"))).isEqualTo(4);
            assertThat(stories.stream().filter(a -> a.bylines().contains(byName.get("Zoë Ångström").id()))).hasSize(7);

            Sections sections = node.bean(Sections.class);
            Section business = sections.bySlug("business").orElseThrow();
            Section markets = sections.bySlug("markets").orElseThrow();
            assertThat(markets.parentId()).isEqualTo(business.id());
            assertThat(sections.bySlug("uncategorized")).isEmpty();
            assertThat(stories.stream().flatMap(a -> a.tags().stream()).distinct())
                    .containsExactlyInAnyOrder("Central banks", "China", "Climate", "Elections", "Energy", "Film",
                            "Housing", "Inflation", "Ukraine", "Zürich");

            Article parliament = stories.stream().filter(a -> a.slug().equals(PARLIAMENT)).findFirst().orElseThrow();
            assertThat(parliament.firstPublishedAt()).isEqualTo(Instant.parse("2026-09-07T05:45:00Z"));
            assertThat(sections.byId(parliament.sectionId()).orElseThrow().slug()).isEqualTo("politics");
            assertThat(parliament.bylines()).containsExactly(byName.get("Daniel Reyes").id());
            assertThat(stories.stream().filter(a -> a.hero() != null)).hasSize(24);
            var hero = node.bean(MediaLibrary.class).find(parliament.hero().imageId()).orElseThrow();
            assertThat(hero.altText()).isNotBlank();
            assertThat(hero.caption()).isNotBlank();

            Article password = stories.stream().filter(a -> a.headline().startsWith("Investigation: the hidden costs"))
                    .findFirst().orElseThrow();
            assertThat(password.status()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(articles.revisions(password.id())).anyMatch(r ->
                    r.note().equals("Imported as a draft: it was password-protected in WordPress"));

            Article kyiv = stories.stream().filter(a -> a.headline().startsWith("Київ готується до зими")).findFirst().orElseThrow();
            String kyivPath = "/world/" + Slug.encode(kyiv.slug());
            Article energy = stories.stream().filter(a -> a.headline().startsWith("Energy prices: the winter outlook"))
                    .findFirst().orElseThrow();
            assertThat(energy.body().markdown()).contains("(" + kyivPath);
            assertThat(stories).allSatisfy(a -> assertThat(a.body().markdown()).doesNotContain("127.0.0.1:8081/2026/"));

            StaticPages pages = node.bean(StaticPages.class);
            StaticPage about = pages.bySlug("about-us").orElseThrow();
            assertThat(pages.bySlug("corrections-policy").orElseThrow().parentId()).isEqualTo(about.id());

            // Old addresses answer with a 301 to the new ones, resolved at request time.
            String parliamentPath = "/politics/" + PARLIAMENT;
            assertRedirect(node, "/2026/09/07/" + PARLIAMENT + "/", parliamentPath);
            assertRedirect(node, "/?p=43", parliamentPath);
            String kyivOld = "/2026/09/27/" + URLEncoder.encode(kyiv.slug().substring(0, 20), StandardCharsets.UTF_8);
            var kyivOldUrl = node.bean(news.dateline.imports.OldAddresses.class);
            assertThat(kyivOldUrl).isNotNull();
            assertRedirect(node, "/category/business/markets/", "/markets");
            assertRedirect(node, "/author/zoe-angstrom/", "/people/zoe-angstrom");
            assertRedirect(node, "/author/zangstrom/", "/people/zoe-angstrom");
            assertRedirect(node, "/feed/", "/feeds/rss.xml");
            assertRedirect(node, "/about-us/corrections-policy/", "/info/about-us/corrections-policy");
            assertThat(node.get("/2026/09/07/no-such-story/").statusCode()).isEqualTo(404);
            assertThat(kyivOld).isNotBlank();

            // A second run: nothing new, nothing duplicated, and a story edited in Dateline keeps the edit.
            Article edited = articles.save(parliament.id(), parliament.version(), withHeadline(parliament.content(),
                    "Parliament opens its autumn session (edited in Dateline)"), new Staff(null, "An editor"), false);
            ImportJob again = node.importAll("wordpress", node.resource("wordpress-wxr.xml"),
                    node.resource("wordpress-uploads.tar.gz"), "");
            assertThat(again.state()).isEqualTo(ImportJob.State.DONE);
            assertThat(again.done().stories()).isEqualTo(26);
            assertThat(articles.everyStoryAfter(0, 1000)).hasSize(26);
            assertThat(node.bean(MediaLibrary.class).recent(500)).hasSize(38);
            assertThat(people.all()).hasSize(4);
            assertThat(articles.byId(edited.id()).orElseThrow().headline()).isEqualTo(edited.headline());
            ImportReport report = node.bean(ArchiveImports.class).report(again.id());
            assertThat(report.at(ImportReport.Level.WARNING)).anyMatch(line -> line.item().startsWith("story 43")
                    && line.message().contains("edited in Dateline"));
        }
    }

    private static long publishedBy(List<Article> stories, Person person) {
        return stories.stream().filter(a -> a.status() == ArticleStatus.PUBLISHED)
                .filter(a -> a.bylines().contains(person.id())).count();
    }

    private static NewArticle withHeadline(NewArticle c, String headline) {
        return new NewArticle(headline, c.slug(), c.standfirst(), c.body(), c.sectionId(), c.bylines(), c.tags(), c.hero(),
                c.seoTitle(), c.seoDescription(), c.language());
    }

    static void assertRedirect(ImportNode node, String from, String to) throws Exception {
        var response = node.get(from);
        assertThat(response.statusCode()).as(from).isEqualTo(301);
        String location = response.headers().firstValue("Location").orElse("");
        assertThat(Objects.requireNonNull(location).replaceFirst("^https?://[^/]+", "")).as(from).isEqualTo(to);
    }
}
