package news.dateline.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.articles.PublishedStories;
import news.dateline.articles.Staff;
import news.dateline.articles.Stories;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bodies are rendered once, when saved; stories from before that (or imported by SQL) are rendered afterwards. */
class RenderedBodiesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));

    private static long worldSection(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO sections (name, slug, position) VALUES ('World', 'world', 1)").update();
        return jdbc.sql("SELECT id FROM sections WHERE slug = 'world'").query(Long.class).single();
    }

    private static long reporter(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO people (display_name, slug) VALUES ('Maria Okafor', 'maria-okafor')").update();
        return jdbc.sql("SELECT id FROM people WHERE slug = 'maria-okafor'").query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSavedBodyIsStoredRenderedAndAnOldOneIsRenderedInTheBackground(Database database) {
        try (HikariDataSource dataSource = database.fresh()) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            Articles articles = Stories.articles(jdbc, clock, event -> { });
            long world = worldSection(jdbc);
            List<Long> byline = List.of(reporter(jdbc));
            Staff staff = new Staff(null, "Desk");
            String markdown = "A *first* paragraph with [a link](https://example.org).\n\n<script>alert(1)</script>";
            Article filed = articles.file(new NewArticle("Rendered once", null, "", markdown, world, byline, List.of(),
                    null), staff);
            String stored = jdbc.sql("SELECT body_html FROM articles WHERE id = ?").param(filed.id()).query(String.class).single();
            assertThat(stored).isEqualTo(BodyRenderer.render(markdown)).contains("<em>first</em>").doesNotContain("<script>");
            assertThat(articles.byId(filed.id()).orElseThrow().body().html()).isEqualTo(stored);

            articles.save(filed.id(), filed.version(), new NewArticle("Rendered once", filed.slug(), "", "Now **bold**.",
                    world, byline, List.of(), null), staff, false);
            assertThat(jdbc.sql("SELECT body_html FROM articles WHERE id = ?").param(filed.id()).query(String.class).single())
                    .contains("<strong>bold</strong>");

            jdbc.sql("UPDATE articles SET body_html = NULL").update();
            assertThat(articles.byId(filed.id()).orElseThrow().body().html()).as("rendered when read meanwhile")
                    .contains("<strong>bold</strong>");
            new BodyBackfill(new ArticleRepository(jdbc), new EmbedRenderings(jdbc)).run();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM articles WHERE body_html IS NULL").query(Long.class).single()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void bodiesStoredBeforeEmbedCardsAreRenderedAgainWithTheirCardsAndNoOthersAreWritten(Database database) {
        try (HikariDataSource dataSource = database.fresh()) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            Articles articles = Stories.articles(jdbc, clock, event -> { });
            long world = worldSection(jdbc);
            List<Long> byline = List.of(reporter(jdbc));
            Staff staff = new Staff(null, "Desk");
            String video = "Before.\n\nhttps://youtu.be/ScMzIvxBSi4\n\n<https://x.com/desk/status/123>\n\nAfter.";
            String plain = "Before.\n\nhttps://example.org/report\n\n[Reuters](https://example.org) reported.";
            long old = articles.file(new NewArticle("Old embed", null, "", video, world, byline, List.of(), null), staff).id();
            long other = articles.file(new NewArticle("No embed", null, "", plain, world, byline, List.of(), null), staff).id();
            String before = "<p>Before.</p><p>https://youtu.be/ScMzIvxBSi4</p><p><a href=\"https://x.com/desk/status/123\" "
                    + "rel=\"noopener\">https://x.com/desk/status/123</a></p><p>After.</p>";
            jdbc.sql("UPDATE articles SET body_html = ? WHERE id = ?").params(before, old).update();
            jdbc.sql("UPDATE articles SET body_html = ? WHERE id = ?").params("<p>Kept as stored</p><p>https://example.org/report</p>", other).update();

            new BodyBackfill(new ArticleRepository(jdbc), new EmbedRenderings(jdbc)).run();

            String html = jdbc.sql("SELECT body_html FROM articles WHERE id = ?").param(old).query(String.class).single();
            assertThat(html).isEqualTo(BodyRenderer.render(video)).contains("<figure data-embed-provider=\"youtube\"",
                    "<figure data-embed-provider=\"x\" data-embed-id=\"123\">");
            assertThat(jdbc.sql("SELECT body_html FROM articles WHERE id = ?").param(other).query(String.class).single())
                    .as("a body without embeds is not written, even when its stored rendering differs")
                    .isEqualTo("<p>Kept as stored</p><p>https://example.org/report</p>");
            assertThat(new EmbedRenderings(jdbc).candidates(0, 10)).extracting(EmbedRenderings.Stored::id)
                    .as("a body with cards is no candidate any more").containsExactly(other);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void publicReadsCarryWhatReadersSeeAndNoMore(Database database) {
        try (HikariDataSource dataSource = database.fresh()) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            Articles articles = Stories.articles(jdbc, clock, event -> { });
            PublishedStories published = Stories.published(jdbc, clock);
            long world = worldSection(jdbc);
            List<Long> byline = List.of(reporter(jdbc));
            Staff staff = new Staff(null, "Desk");
            Article one = articles.file(new NewArticle("First story", null, "", "The *first* body.", world, byline,
                    List.of(), null), staff);
            Article two = articles.file(new NewArticle("Second story", null, "", "The *second* body.", world, byline,
                    List.of(), null), staff);
            ArticleWorkflow workflow = Stories.workflow(jdbc, clock, event -> { });
            workflow.publish(one.id());
            workflow.publish(two.id());

            Article read = published.findPublished(one.slug()).orElseThrow();
            assertThat(read.body().html()).isEqualTo(BodyRenderer.render("The *first* body."));
            assertThatThrownBy(() -> read.body().markdown()).isInstanceOf(IllegalStateException.class);
            assertThat(articles.byId(one.id()).orElseThrow().body().markdown()).as("the newsroom's read")
                    .isEqualTo("The *first* body.");
            assertThat(published.latestInSection(world, 1, 10).articles()).extracting(a -> a.body().html())
                    .containsExactlyInAnyOrder(BodyRenderer.render("The *first* body."), BodyRenderer.render("The *second* body."));

            List<Article> cards = published.newestInSection(world, 5);
            assertThat(cards).extracting(Article::headline).containsExactly("Second story", "First story");
            assertThat(cards).allSatisfy(card -> {
                assertThat(card.body().isLoaded()).isFalse();
                assertThatThrownBy(() -> card.body().html()).isInstanceOf(IllegalStateException.class);
            });

            jdbc.sql("UPDATE articles SET body_html = NULL").update();
            assertThat(published.findPublished(one.slug()).orElseThrow().body().html()).as("not rendered yet: from the text")
                    .isEqualTo(BodyRenderer.render("The *first* body."));
        }
    }
}
