package news.dateline.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.accounts.NotPermittedException;
import news.dateline.accounts.Role;
import news.dateline.accounts.SignedInStaff;
import news.dateline.pages.internal.PageRedirectRepository;
import news.dateline.pages.internal.StaticPageRepository;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.ContentChanged;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Static pages through their facade, on SQLite and PostgreSQL: rights, rules, publication, journal, footer order. */
class StaticPagesPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-05-08T06:30:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final List<ContentChanged> changes = new ArrayList<>();
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private StaticPages pages;

    private void open(Database database) {
        dataSource = database.fresh();
        jdbc = JdbcClient.create(dataSource);
        var journal = new ChangeJournal(jdbc, clock, event -> changes.add((ContentChanged) event));
        pages = new StaticPages(new StaticPageRepository(jdbc), new PageRedirectRepository(jdbc), journal,
                SignedInStaff.accounts(jdbc, clock), clock);
    }

    @AfterEach
    void close() {
        SignedInStaff.signOut();
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private static StaticPageForm form(String title, Long parent, int order) {
        return new StaticPageForm(title, "", parent, order, "Some **text**.", "", true);
    }

    /** The facade's transactional methods run here without Spring: the journal needs a transaction, so give one. */
    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        var tx = new org.springframework.jdbc.support.JdbcTransactionManager(dataSource);
        return new org.springframework.transaction.support.TransactionTemplate(tx).execute(status -> work.get());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEditorWritesADraftPublishesItAndEveryChangeIsJournalled(Database database) {
        open(database);
        SignedInStaff.signIn(jdbc, Role.EDITOR, clock);
        StaticPage about = inTransaction(() -> pages.add(new StaticPageForm("Zoë Ångström's page", "", null, 0,
                "We *report*.<script>alert(1)</script>", "Who we are", true)));
        assertThat(about.slug()).isEqualTo("zoe-angstroms-page");
        assertThat(about.published()).isFalse();
        assertThat(about.firstPublishedAt()).isNull();
        assertThat(about.html()).contains("<em>report</em>").doesNotContain("<script");
        assertThat(pages.publicAt(null, about.slug())).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        StaticPage live = inTransaction(() -> pages.publish(about.id()));
        assertThat(live.published()).isTrue();
        assertThat(live.firstPublishedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(pages.publicAt(null, "zoe-angstroms-page")).map(StaticPage::id).hasValue(about.id());
        assertThat(pages.path(live)).isEqualTo("/info/zoe-angstroms-page");

        StaticPage russian = inTransaction(() -> pages.add(form("О нас", null, 1)));
        assertThat(russian.slug()).isEqualTo("o-nas");
        inTransaction(() -> pages.unpublish(about.id()));
        assertThat(pages.publicAt(null, about.slug())).isEmpty();
        assertThat(changes).extracting(ContentChanged::kind).containsOnly(ChangeKind.PAGE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM change_journal WHERE kind = 'page'").query(Long.class).single())
                .isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aChangedSlugKeepsTheOldAddressUntilAnotherPageTakesIt(Database database) {
        open(database);
        SignedInStaff.signIn(jdbc, Role.EDITOR, clock);
        StaticPage about = inTransaction(() -> pages.publish(pages.add(form("Über uns", null, 0)).id()));
        StaticPage team = inTransaction(() -> pages.publish(pages.add(form("Команда", about.id(), 0)).id()));
        StaticPage renamed = inTransaction(() -> pages.change(about.id(), about.version(), new StaticPageForm("Über uns",
                "wir", null, 0, "Some **text**.", "", true)));
        assertThat(renamed.slug()).isEqualTo("wir");
        assertThat(pages.publicAt(null, "uber-uns")).isEmpty();
        assertThat(pages.movedTo(null, "uber-uns")).hasValue("/info/wir");
        assertThat(pages.movedTo("uber-uns", team.slug())).hasValue("/info/wir/komanda");
        assertThat(pages.movedTo(null, "wir")).isEmpty();
        assertThat(pages.movedTo(null, "never-was")).isEmpty();

        StaticPage again = inTransaction(() -> pages.change(renamed.id(), renamed.version(), new StaticPageForm(
                "Über uns", "about", null, 0, "Some **text**.", "", true)));
        assertThat(pages.movedTo(null, "uber-uns")).hasValue("/info/about");
        assertThat(pages.movedTo(null, "wir")).hasValue("/info/about");

        StaticPage newcomer = inTransaction(() -> pages.publish(pages.add(new StaticPageForm("Uber uns", "uber-uns",
                null, 1, "New.", "", true)).id()));
        assertThat(pages.publicAt(null, "uber-uns")).map(StaticPage::id).hasValue(newcomer.id());
        assertThat(pages.movedTo(null, "uber-uns")).isEmpty();
        assertThat(pages.movedTo(null, "wir")).hasValue("/info/about");

        inTransaction(() -> {
            pages.delete(team.id());
            pages.delete(again.id());
            return null;
        });
        assertThat(pages.movedTo(null, "wir")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReporterCannotListWriteOrPublishPages(Database database) {
        open(database);
        StaticPage imported = inTransaction(() -> pages.importPage(form("Contact", null, 0), false, null, null));
        SignedInStaff.signIn(jdbc, Role.REPORTER, clock);
        assertThatThrownBy(() -> pages.forDesk()).isInstanceOf(NotPermittedException.class)
                .hasMessage("Only editors and admins manage pages");
        assertThatThrownBy(() -> pages.add(form("Mine", null, 0))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> pages.publish(imported.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> pages.delete(imported.id())).isInstanceOf(NotPermittedException.class);
        assertThat(jdbc.sql("SELECT status FROM static_pages").query(String.class).list()).containsExactly("draft");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void pagesGoOneLevelDeepWithClearRefusals(Database database) {
        open(database);
        SignedInStaff.signIn(jdbc, Role.ADMIN, clock);
        StaticPage about = inTransaction(() -> pages.add(form("About us", null, 0)));
        StaticPage team = inTransaction(() -> pages.add(form("Our team", about.id(), 0)));
        assertThat(pages.path(team)).isEqualTo("/info/about-us/our-team");
        assertThatThrownBy(() -> pages.add(form("Deeper", team.id(), 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pages go one level deep");
        StaticPage other = inTransaction(() -> pages.add(form("Other", null, 0)));
        assertThatThrownBy(() -> pages.change(about.id(), about.version(), form("About us", other.id(), 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has child pages");
        StaticPage current = pages.forEditing(other.id());
        assertThatThrownBy(() -> pages.change(other.id(), current.version(), form("Other", other.id(), 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A page cannot sit under itself");
        assertThatThrownBy(() -> pages.add(new StaticPageForm("Twin", "about-us", null, 0, "", "", true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Another page already uses the address about-us");
        assertThatThrownBy(() -> pages.add(new StaticPageForm(" ", "", null, 0, "", "", true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A page needs a title");
        assertThatThrownBy(() -> pages.delete(about.id())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has child pages");
        assertThatThrownBy(() -> StaticPageForm.order("first")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The menu order is a whole number (lower comes first)");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSaveFromAStaleVersionIsRefusedAndOverwritesNothing(Database database) {
        open(database);
        SignedInStaff.signIn(jdbc, Role.EDITOR, clock);
        StaticPage page = inTransaction(() -> pages.add(form("Corrections policy", null, 0)));
        inTransaction(() -> pages.change(page.id(), page.version(), new StaticPageForm("Corrections policy", "", null, 0,
                "First editor's text.", "", true)));
        assertThatThrownBy(() -> inTransaction(() -> pages.change(page.id(), page.version(),
                new StaticPageForm("Corrections policy", "", null, 0, "Second editor's text.", "", true))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Someone else saved");
        assertThat(pages.forEditing(page.id()).body()).isEqualTo("First editor's text.");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anImportKeepsItsInstantsAndTheFooterListsPublishedPagesTopLevelFirstChildrenAfterTheirParent(Database database) {
        open(database);
        Instant first = Instant.parse("2019-03-01T10:00:00Z");
        Instant updated = Instant.parse("2021-07-01T08:30:00Z");
        StaticPage contact = inTransaction(() -> pages.importPage(form("Contact", null, 2), true, first, updated));
        assertThat(contact.firstPublishedAt()).isEqualTo(first);
        assertThat(contact.updatedAt()).isEqualTo(updated);
        StaticPage about = inTransaction(() -> pages.importPage(form("About", null, 1), true, first, updated));
        StaticPage team = inTransaction(() -> pages.importPage(form("Team", about.id(), 5), true, first, updated));
        StaticPage ethics = inTransaction(() -> pages.importPage(form("Ethics", about.id(), 1), true, first, updated));
        inTransaction(() -> pages.importPage(form("Draft", null, 0), false, null, null));
        inTransaction(() -> pages.importPage(new StaticPageForm("Hidden", "", null, 0, "", "", false), true, first, null));
        assertThat(pages.footer()).extracting(StaticPage::title).containsExactly("About", "Ethics", "Team", "Contact");
        assertThat(pages.published()).extracting(StaticPage::title).containsExactly("Hidden", "About", "Ethics", "Team",
                "Contact");

        StaticPage renamed = inTransaction(() -> pages.update(team.id(), form("Our team", about.id(), 5), true, first,
                Instant.parse("2022-01-01T00:00:00Z")));
        assertThat(renamed.title()).isEqualTo("Our team");
        assertThat(renamed.slug()).isEqualTo("team");
        assertThat(pages.bySlug("TEAM")).map(StaticPage::id).hasValue(team.id());
        assertThat(pages.publicAt("about", "team")).isPresent();
        assertThat(pages.publicAt(null, "team")).isEmpty();
        assertThat(pages.publicAt("contact", "team")).isEmpty();
        assertThat(pages.publicAt("about", "ethics")).map(StaticPage::id).hasValue(ethics.id());
    }
}
