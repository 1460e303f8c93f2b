package news.dateline.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.JournalEntry;
import news.dateline.platform.Slug;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Filing, publishing and finding stories, on SQLite and on PostgreSQL. */
class ArticlesPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-05-08T06:30:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private HikariDataSource dataSource;
    private ChangeJournal journal;
    private Articles articles;
    private ArticleWorkflow workflow;
    private PublishedStories site;
    private long world;
    private long politics;
    private long aditya;
    private long maria;

    private void open(Database database) {
        dataSource = database.fresh();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        journal = new ChangeJournal(jdbc, clock, event -> { });
        articles = Stories.articles(jdbc, clock, event -> { });
        workflow = Stories.workflow(jdbc, clock, event -> { });
        site = Stories.published(jdbc, clock);
        world = insert(jdbc, "INSERT INTO sections (name, slug, position) VALUES ('World', 'world', 1)");
        politics = insert(jdbc, "INSERT INTO sections (name, slug, position) VALUES ('Politics', 'politics', 2)");
        aditya = insert(jdbc, "INSERT INTO people (display_name, slug) VALUES ('Aditya G. Varma', 'aditya-g-varma')");
        maria = insert(jdbc, "INSERT INTO people (display_name, slug) VALUES ('Maria Okafor', 'maria-okafor')");
    }

    private static long insert(JdbcClient jdbc, String sql) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private Article file(String headline, long section, List<Long> bylines) {
        return articles.file(new NewArticle(headline, null, "A standfirst.", "Body **text**.", section, bylines,
                List.of("Tag one", "Tag two"), null));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aDraftIsStoredWithItsBylinesInOrderAndIsNotPublic(Database database) {
        open(database);
        Article draft = file("Xi Jinping arrives in Moscow", world, List.of(maria, aditya));

        assertThat(draft.slug()).isEqualTo("xi-jinping-arrives-in-moscow");
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.bylines()).containsExactly(maria, aditya);
        assertThat(draft.tags()).containsExactly("Tag one", "Tag two");
        assertThat(draft.createdAt()).isEqualTo(T0);
        assertThat(site.findPublished(draft.slug())).isEmpty();
        assertThat(site.latest(1, 10).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void publishingMakesAStoryPublicAndRepublishingKeepsTheFirstPublicationTime(Database database) {
        open(database);
        Article draft = file("Xi Jinping arrives in Moscow", world, List.of(aditya));

        long beforePublishing = journal.latestSeq();
        Article published = workflow.publish(draft.id());
        assertThat(journal.after(beforePublishing, 10)).as("the journal entry of the publication")
                .extracting(JournalEntry::kind, JournalEntry::entityId).containsExactly(tuple(ChangeKind.ARTICLE, draft.id()));
        clock.advance(Duration.ofHours(3));
        workflow.unpublish(draft.id());
        long beforeRepublishing = journal.latestSeq();
        workflow.publish(draft.id());
        assertThat(journal.after(beforeRepublishing, 10)).as("the journal entry of the second publication")
                .extracting(JournalEntry::kind, JournalEntry::entityId).containsExactly(tuple(ChangeKind.ARTICLE, draft.id()));

        Article found = site.findPublished(draft.slug()).orElseThrow();
        assertThat(found.firstPublishedAt()).isEqualTo(T0);
        assertThat(found.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.body().markdown()).isEqualTo("Body **text**.");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStoryPublishedForLaterIsNotPublicUntilItsTimeComes(Database database) {
        open(database);
        Article draft = file("Election result due at noon", politics, List.of(maria));
        workflow.publishAsOf(draft.id(), T0.plus(Duration.ofHours(2)));

        assertThat(site.findPublished(draft.slug())).isEmpty();
        assertThat(site.latestInSection(politics, 1, 10).articles()).isEmpty();

        clock.advance(Duration.ofHours(2));
        assertThat(site.findPublished(draft.slug())).isPresent();
        assertThat(site.latestInSection(politics, 1, 10).articles()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void listingsAreNewestFirstAndPagedPerSectionAndPerPerson(Database database) {
        open(database);
        for (int i = 1; i <= 5; i++) {
            Article a = file("World story " + i, world, i % 2 == 0 ? List.of(aditya, maria) : List.of(aditya));
            workflow.publishAsOf(a.id(), T0.minus(Duration.ofHours(10 - i)));
        }
        Article other = file("Politics story", politics, List.of(maria));
        workflow.publishAsOf(other.id(), T0.minus(Duration.ofHours(1)));

        ArticleListing first = site.latestInSection(world, 1, 2);
        assertThat(first.articles()).extracting(Article::headline).containsExactly("World story 5", "World story 4");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(site.latestInSection(world, 3, 2).articles()).extracting(Article::headline)
                .containsExactly("World story 1");
        assertThat(site.latestInSection(world, 4, 2).articles()).isEmpty();
        assertThat(site.latestBy(maria, 1, 10).articles()).extracting(Article::headline)
                .containsExactly("Politics story", "World story 4", "World story 2");
        assertThat(site.latest(1, 3).articles()).extracting(Article::headline)
                .containsExactly("Politics story", "World story 5", "World story 4");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void slugsAreUniqueDerivedSlugsGetANumberAndInvalidOnesAreRefused(Database database) {
        open(database);
        Article first = file("Markets rally", world, List.of(aditya));
        Article second = file("Markets rally!", world, List.of(aditya));

        assertThat(first.slug()).isEqualTo("markets-rally");
        assertThat(second.slug()).isEqualTo("markets-rally-2");
        assertThatThrownBy(() -> articles.file(new NewArticle("Other", "markets-rally", "", "", world,
                List.of(aditya), List.of(), null))).hasMessageContaining("already uses");
        assertThatThrownBy(() -> articles.file(new NewArticle("Other", "Not A Slug", "", "", world,
                List.of(aditya), List.of(), null))).hasMessageContaining("lowercase letters");
        assertThat(site.findPublished("../etc/passwd")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSubstantiveUpdateIsRecorded(Database database) {
        open(database);
        Article a = file("Talks resume", world, List.of(aditya));
        workflow.publish(a.id());
        Instant later = T0.plus(Duration.ofHours(5));
        articles.markUpdated(a.id(), later);

        Article found = site.findPublished(a.slug()).orElseThrow();
        assertThat(found.lastUpdatedAt()).isEqualTo(later);
        assertThat(found.firstPublishedAt()).isEqualTo(T0);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void headlinesInEveryScriptAreStoredAndFoundByTheirAddress(Database database) {
        open(database);
        var expected = new java.util.LinkedHashMap<String, String>();
        expected.put("Москва готовится к параду", "moskva-gotovitsa-k-paradu");
        expected.put("北京", "北京");
        expected.put("مرحبا بالعالم", "مرحبا-بالعالم");
        expected.put("Ελλάδα 2026", "ellada-2026");
        expected.put("שלום ירושלים", "שלום-ירושלים");
        expected.put("東京オリンピック", "東京オリンピック");
        expected.forEach((headline, slug) -> {
            Article story = workflow.publish(file(headline, world, List.of(aditya)).id());
            assertThat(story.slug()).isEqualTo(slug);
            assertThat(site.findPublished(Slug.encode(slug))).get().extracting(Article::id).isEqualTo(story.id());
            assertThat(site.findPublished(java.text.Normalizer.normalize(slug, java.text.Normalizer.Form.NFD)))
                    .get().extracting(Article::id).isEqualTo(story.id());
        });
        assertThat(file("北京", world, List.of(aditya)).slug()).isEqualTo("北京-2");
        assertThat(file("🎉 !!!", world, List.of(aditya)).slug()).isEqualTo("story-2025-05-08");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStoryKeepsItsLanguageUntilItIsChanged(Database database) {
        open(database);
        Article arabic = articles.file(new NewArticle("القمة العربية", null, "", "نص", world, List.of(aditya), List.of(), null,
                "", "", "AR"));
        assertThat(arabic.language()).isEqualTo("ar");
        Article kept = articles.save(arabic.id(), arabic.version(), new NewArticle("القمة العربية", null, "", "نص آخر", world,
                List.of(aditya), List.of(), null), Staff.SYSTEM, false);
        assertThat(kept.language()).isEqualTo("ar");
        Article changed = articles.save(kept.id(), kept.version(), new NewArticle("القمة", null, "", "نص", world,
                List.of(aditya), List.of(), null, "", "", "fa"), Staff.SYSTEM, false);
        assertThat(changed.language()).isEqualTo("fa");
        assertThat(file("Plain English", world, List.of(aditya)).language()).isEqualTo("en");
        assertThatThrownBy(() -> articles.file(new NewArticle("Klingon", null, "", "", world, List.of(aditya), List.of(), null,
                "", "", "tlh-xx"))).isInstanceOf(ArticleException.class).hasMessageContaining("Choose a language");
    }
}
