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
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The editorial workflow, revisions, conflicts, redirects and corrections, on SQLite and PostgreSQL. */
class WorkflowPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-05-08T06:30:00Z");
    private static final Staff MARIA = new Staff(null, "Maria Okafor");
    private static final Staff EDITOR = new Staff(null, "Night Editor");

    private final MutableClock clock = new MutableClock(T0);
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private ChangeJournal journal;
    private Articles articles;
    private PublishedStories site;
    private ArticleWorkflow workflow;
    private long world;
    private long person;

    private void open(Database database) {
        dataSource = database.fresh();
        jdbc = JdbcClient.create(dataSource);
        journal = new ChangeJournal(jdbc, clock, event -> { });
        articles = Stories.articles(jdbc, clock, event -> { });
        site = Stories.published(jdbc, clock);
        workflow = Stories.workflow(jdbc, clock, event -> { });
        world = insert("INSERT INTO sections (name, slug, position) VALUES ('World', 'world', 1)");
        person = insert("INSERT INTO people (display_name, slug) VALUES ('Maria Okafor', 'maria-okafor')");
    }

    private long insert(String sql) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private Article draft(String headline) {
        return articles.file(new NewArticle(headline, null, "", "First body.", world, List.of(person), List.of(), null), MARIA);
    }

    private NewArticle edited(Article a, String headline, String body, String slug) {
        return new NewArticle(headline, slug, a.standfirst(), body, a.sectionId(), a.bylines(), a.tags(), a.hero());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStoryGoesFromDraftToReadyToPublished(Database database) {
        open(database);
        Article a = draft("Ceasefire talks resume");
        assertThat(workflow.submit(a.id()).status()).isEqualTo(ArticleStatus.READY);
        assertThatThrownBy(() -> workflow.submit(a.id())).isInstanceOf(ArticleException.class);
        long beforePublishing = journal.latestSeq();
        assertThat(workflow.publish(a.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(site.findPublished(a.slug())).isPresent();
        assertThatThrownBy(() -> workflow.publish(a.id())).hasMessageContaining("already published");
        assertThat(journal.after(beforePublishing, 10)).as("one journal entry for the one publication")
                .extracting(JournalEntry::kind, JournalEntry::entityId).containsExactly(tuple(ChangeKind.ARTICLE, a.id()));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aScheduledStoryIsReleasedOnceAtItsTimeEvenByTwoNodesAndAfterDowntime(Database database) {
        open(database);
        Article a = draft("Budget statement at noon");
        Instant noon = T0.plus(Duration.ofHours(2));
        workflow.schedule(a.id(), noon);
        ArticleWorkflow otherNode = Stories.workflow(JdbcClient.create(dataSource), clock, event -> { });
        long beforeRelease = journal.latestSeq();

        assertThat(workflow.releaseDue()).isEmpty();
        assertThat(site.findPublished(a.slug())).isEmpty();

        clock.set(noon.plus(Duration.ofHours(5)));
        List<Long> first = workflow.releaseDue();
        List<Long> second = otherNode.releaseDue();

        assertThat(first).containsExactly(a.id());
        assertThat(second).isEmpty();
        Article published = site.findPublished(a.slug()).orElseThrow();
        assertThat(published.firstPublishedAt()).isEqualTo(noon);
        assertThat(journal.after(beforeRelease, 10)).as("one journal entry for the one release")
                .extracting(JournalEntry::kind, JournalEntry::entityId).containsExactly(tuple(ChangeKind.ARTICLE, a.id()));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEmbargoedStoryIsInvisibleUntilTheEmbargoLifts(Database database) {
        open(database);
        Article a = draft("Study embargoed until Thursday");
        Instant lifts = T0.plus(Duration.ofDays(1));
        workflow.embargo(a.id(), lifts);

        assertThat(site.findPublished(a.slug())).isEmpty();
        assertThat(site.latest(1, 10).articles()).isEmpty();
        assertThat(site.latestInSection(world, 1, 10).articles()).isEmpty();
        assertThat(site.latestBy(person, 1, 10).articles()).isEmpty();
        assertThatThrownBy(() -> workflow.embargo(a.id(), T0.minusSeconds(1))).hasMessageContaining("future");

        clock.set(lifts);
        workflow.releaseDue();
        assertThat(site.findPublished(a.slug())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReleaseTimeIsCheckedOnceAndAMoveRefusedAfterASaveInItsTransactionLeavesNoRevision(Database database) {
        open(database);
        Article a = draft("Saved, then refused");
        assertThatThrownBy(() -> workflow.schedule(a.id(), null)).isInstanceOf(ArticleException.class)
                .hasMessage("Choose a date and time");
        assertThatThrownBy(() -> workflow.embargo(a.id(), T0)).isInstanceOf(ArticleException.class)
                .hasMessage("Choose an embargo time in the future");
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        long before = journal.latestSeq();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            articles.save(a.id(), a.version(), edited(a, "Saved and scheduled", "Edited body.", null), EDITOR, false);
            workflow.schedule(a.id(), T0.minusSeconds(1));
        })).isInstanceOf(ArticleException.class).hasMessage("Choose a publication time in the future");

        assertThat(articles.revisions(a.id())).hasSize(1);
        Article after = articles.byId(a.id()).orElseThrow();
        assertThat(after.headline()).isEqualTo("Saved, then refused");
        assertThat(after.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(journal.after(before, 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void unpublishedAndKilledStoriesAreNotPublicAndKilledOnesCannotBeEdited(Database database) {
        open(database);
        Article a = draft("Story to withdraw");
        workflow.publishAsOf(a.id(), T0);
        workflow.unpublish(a.id());
        assertThat(site.findPublished(a.slug())).isEmpty();
        workflow.publishAsOf(a.id(), T0);
        Article killed = workflow.kill(a.id());
        assertThat(site.findPublished(a.slug())).isEmpty();
        assertThatThrownBy(() -> workflow.publishAsOf(a.id(), T0)).isInstanceOf(ArticleException.class);
        assertThatThrownBy(() -> articles.save(a.id(), killed.version(), killed.content(), EDITOR, false))
                .hasMessageContaining("killed");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theLaterOfTwoConcurrentSavesIsRefusedAndNothingIsOverwritten(Database database) {
        open(database);
        Article opened = draft("Original headline");
        articles.save(opened.id(), opened.version(), edited(opened, "Maria's headline", "Maria's body", null), MARIA, false);

        assertThatThrownBy(() -> articles.save(opened.id(), opened.version(),
                edited(opened, "Editor's headline", "Editor's body", null), EDITOR, false))
                .isInstanceOfSatisfying(EditConflictException.class,
                        e -> assertThat(e.current().headline()).isEqualTo("Maria's headline"));
        assertThat(articles.byId(opened.id()).orElseThrow().headline()).isEqualTo("Maria's headline");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void everySaveIsARevisionThatCanBeReadBack(Database database) {
        open(database);
        Article a = draft("First headline");
        Article second = articles.save(a.id(), a.version(), edited(a, "Second headline", "Second body", null), EDITOR, false);
        articles.save(a.id(), second.version(), edited(second, "Third headline", "Third body", null), MARIA, true);

        List<Revision> history = articles.revisions(a.id());
        assertThat(history).extracting(Revision::number).containsExactly(3, 2, 1);
        assertThat(history).extracting(Revision::savedBy).containsExactly("Maria Okafor", "Night Editor", "Maria Okafor");
        assertThat(history.get(0).note()).isEqualTo("Minor fix");
        assertThat(articles.revision(a.id(), 1).orElseThrow().content().headline()).isEqualTo("First headline");
        assertThat(articles.revision(a.id(), 2).orElseThrow().content().body()).isEqualTo("Second body");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSlugChangeAfterPublicationKeepsTheOldAddressAnswering(Database database) {
        open(database);
        Article a = draft("Old headline");
        Article renamedBefore = articles.save(a.id(), a.version(), edited(a, "Old headline", "Body", "draft-address"), MARIA, false);
        assertThat(site.findMoved("old-headline")).isEmpty();

        workflow.publishAsOf(a.id(), T0);
        Article published = articles.byId(a.id()).orElseThrow();
        articles.save(a.id(), published.version(), edited(renamedBefore, "New headline", "Body", "new-address"), EDITOR, false);

        assertThat(site.findPublished("new-address")).isPresent();
        assertThat(site.findPublished("draft-address")).isEmpty();
        assertThat(site.findMoved("draft-address")).map(Article::slug).hasValue("new-address");
        assertThat(site.findMoved("old-headline")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void correctionsAndSubstantiveEditsMoveTheUpdateTimeButMinorFixesDoNot(Database database) {
        open(database);
        Article a = draft("Flood warning issued");
        workflow.publishAsOf(a.id(), T0);
        clock.advance(Duration.ofHours(1));
        Article fixed = articles.save(a.id(), articles.byId(a.id()).orElseThrow().version(),
                edited(a, "Flood warning issued", "Fixed a typo.", null), EDITOR, true);
        assertThat(fixed.lastUpdatedAt()).isNull();

        clock.advance(Duration.ofHours(1));
        Article corrected = workflow.correct(a.id(), CorrectionKind.CORRECTION, "An earlier version misstated the river's name.", EDITOR);
        assertThat(corrected.lastUpdatedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(workflow.corrections(a.id())).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CorrectionKind.CORRECTION);
            assertThat(c.createdBy()).isEqualTo("Night Editor");
        });

        clock.advance(Duration.ofHours(1));
        Article updated = articles.save(a.id(), corrected.version(), edited(a, "Flood warning extended", "New facts.", null),
                EDITOR, false);
        assertThat(updated.lastUpdatedAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theNewsroomSearchFindsStoriesInAnyStateByHeadlineAndFilters(Database database) {
        open(database);
        Article drones = draft("Drones over Moscow");
        Article budget = draft("Budget 100% agreed");
        workflow.submit(budget.id());

        assertThat(articles.search(new StoryQuery("drones", null, null, null, null, 1, 20)).articles())
                .extracting(Article::id).containsExactly(drones.id());
        assertThat(articles.search(new StoryQuery("100%", null, null, null, null, 1, 20)).articles())
                .extracting(Article::id).containsExactly(budget.id());
        assertThat(articles.search(new StoryQuery("", null, null, ArticleStatus.READY, null, 1, 20)).articles())
                .extracting(Article::id).containsExactly(budget.id());
        assertThat(articles.search(new StoryQuery("", world, person, null, null, 1, 20)).total()).isEqualTo(2);
        assertThat(articles.search(new StoryQuery("_", null, null, null, null, 1, 20)).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void autosavesWhileTypingShareOneRevisionPerSitting(Database database) {
        open(database);
        Article a = draft("Autosaved story");
        Article v = articles.autosave(a.id(), a.version(), edited(a, "Autosaved story", "One", null), MARIA);
        clock.advance(Duration.ofSeconds(5));
        v = articles.autosave(a.id(), v.version(), edited(a, "Autosaved story", "One two", null), MARIA);
        clock.advance(Duration.ofSeconds(5));
        v = articles.autosave(a.id(), v.version(), edited(a, "Autosaved story", "One two three", null), MARIA);

        assertThat(articles.revisions(a.id())).extracting(Revision::number).containsExactly(2, 1);
        assertThat(articles.revision(a.id(), 2).orElseThrow().content().body()).isEqualTo("One two three");

        clock.advance(Duration.ofMinutes(11));
        articles.autosave(a.id(), v.version(), edited(a, "Autosaved story", "Later", null), MARIA);
        assertThat(articles.revisions(a.id())).extracting(Revision::number).containsExactly(3, 2, 1);
    }
}
