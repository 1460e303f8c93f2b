package news.dateline.imports.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.Articles;
import news.dateline.imports.ArchiveImports;
import news.dateline.imports.ImportJob;
import news.dateline.imports.ImportReport;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Sections;
import news.dateline.support.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real Ghost 5.130 export with its images: people, co-authored bylines in order, primary tags as sections, the
 * internal tag left out, the members-only post a draft that says why, Ghost's {@code /slug/} addresses answering.
 */
class GhostImportTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void theGhostExportComesInWithBylinesInOrderAndItsAddresses(Database database) throws Exception {
        try (ImportNode node = ImportNode.start(database)) {
            ImportJob job = node.importAll("ghost", node.resource("ghost-export.json"),
                    node.resource("ghost-images.tar.gz"), "http://127.0.0.1:2368");

            assertThat(job.state()).as(job.message()).isEqualTo(ImportJob.State.DONE);
            var lines = node.bean(ArchiveImports.class).report(job.id()).lines();
            assertThat(lines).as(lines.toString()).noneMatch(line -> line.level() == ImportReport.Level.PROBLEM);
            assertThat(job.done().people()).isEqualTo(3);
            assertThat(job.done().published()).isEqualTo(17);
            assertThat(job.done().withheld()).isEqualTo(1);
            assertThat(job.done().drafts()).isEqualTo(1);
            assertThat(job.done().scheduled()).isEqualTo(1);
            assertThat(job.done().pages()).isEqualTo(2);
            assertThat(job.done().tags()).isEqualTo(8);
            // The dry run and the import both meet the internal tag: the report names it once, with its id.
            assertThat(lines).filteredOn(line -> line.item().contains("#breaking")).singleElement()
                    .satisfies(line -> {
                        assertThat(line.item()).matches("tag \\S+ \"#breaking\"");
                        assertThat(line.message()).contains("internal");
                    });
            assertThat(job.message()).contains(job.done().skipped() + (job.done().skipped() == 1 ? " item skipped" : " items skipped"))
                    .doesNotContain(" 1 items").doesNotContain(" 1 problems");

            List<Article> stories = node.bean(Articles.class).everyStoryAfter(0, 1000);
            assertThat(stories).hasSize(20);
            assertThat(stories.stream().filter(a -> a.status() == ArticleStatus.PUBLISHED)).hasSize(17);
            assertThat(stories).allSatisfy(a -> assertThat(a.hero()).as(a.headline()).isNotNull());
            assertThat(stories).allSatisfy(a -> assertThat(a.tags()).doesNotContain("#breaking"));
            assertThat(stories).allSatisfy(a -> assertThat(a.body().markdown()).doesNotContain("__GHOST_URL__"));

            Map<String, Person> people = node.bean(People.class).all().stream()
                    .collect(Collectors.toMap(Person::displayName, Function.identity()));
            Article grain = stories.stream().filter(a -> a.headline().startsWith("Ukraine grain corridor")).findFirst().orElseThrow();
            assertThat(grain.bylines()).containsExactly(people.get("Hannah Kowalski").id(), people.get("Sam Adeyemi").id());
            Article stadium = stories.stream().filter(a -> a.headline().startsWith("Inside the stadium finance files"))
                    .findFirst().orElseThrow();
            assertThat(stadium.status()).isEqualTo(ArticleStatus.DRAFT);
            assertThat(stadium.bylines()).containsExactly(people.get("Hannah Kowalski").id(),
                    people.get("José Álvarez Núñez").id());
            assertThat(node.bean(Articles.class).revisions(stadium.id()))
                    .anyMatch(r -> r.note().equals("Imported as a draft: it was for members only in Ghost"));

            Sections sections = node.bean(Sections.class);
            Article explainer = stories.stream().filter(a -> a.headline().startsWith("Election explainer")).findFirst().orElseThrow();
            assertThat(sections.byId(explainer.sectionId()).orElseThrow().slug()).isEqualTo("politics");
            WordPressImportTest.assertRedirect(node, "/election-explainer-the-five-questions-that-matter/",
                    "/politics/" + explainer.slug());
            WordPressImportTest.assertRedirect(node, "/author/sam-adeyemi/", "/people/sam-adeyemi");
            WordPressImportTest.assertRedirect(node, "/rss/", "/feeds/rss.xml");
        }
    }
}
