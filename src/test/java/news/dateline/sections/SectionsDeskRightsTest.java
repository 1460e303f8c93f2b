package news.dateline.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import news.dateline.accounts.NotPermittedException;
import news.dateline.accounts.Role;
import news.dateline.accounts.SignedInStaff;
import news.dateline.platform.ChangeJournal;
import news.dateline.sections.internal.SectionList;
import news.dateline.sections.internal.SectionRepository;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Only editors add, change or list sections from the newsroom, whatever the browser sent; on SQLite and PostgreSQL. */
class SectionsDeskRightsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-08T06:30:00Z"));
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private Sections sections;

    private void open(Database database) {
        dataSource = database.fresh();
        jdbc = JdbcClient.create(dataSource);
        SectionRepository repository = new SectionRepository(jdbc);
        sections = new Sections(repository, new SectionList(repository), new ChangeJournal(jdbc, clock, event -> { }),
                SignedInStaff.accounts(jdbc, clock));
    }

    @AfterEach
    void close() {
        SignedInStaff.signOut();
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private String nameOf(long id) {
        return jdbc.sql("SELECT name FROM sections WHERE id = ?").param(id).query(String.class).single();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReporterCannotAddChangeOrListSections(Database database) {
        open(database);
        Section world = sections.create("World", "world", 10);
        SignedInStaff.signIn(jdbc, Role.REPORTER, clock);
        assertThatThrownBy(() -> sections.add(new SectionForm("Sport", "", "20")))
                .isInstanceOf(NotPermittedException.class).hasMessage("Only editors manage sections and people");
        assertThatThrownBy(() -> sections.change(world.id(), new SectionForm("Renamed", "", "10")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> sections.forDesk()).isInstanceOf(NotPermittedException.class);
        assertThat(nameOf(world.id())).isEqualTo("World");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sections").query(Long.class).single()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEditorAddsAndMovesSectionsAndAPositionMustBeAWholeNumber(Database database) {
        open(database);
        SignedInStaff.signIn(jdbc, Role.EDITOR, clock);
        Section sport = sections.add(new SectionForm("Sport", "", " 20 "));
        assertThat(sport.slug()).isEqualTo("sport");
        assertThat(sport.position()).isEqualTo(20);
        assertThatThrownBy(() -> sections.change(sport.id(), new SectionForm("Games", "", "second")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The position is a whole number (lower comes first)");
        assertThat(nameOf(sport.id())).isEqualTo("Sport");
        assertThat(sections.change(sport.id(), new SectionForm("Games", "", "5")).position()).isEqualTo(5);
        assertThat(nameOf(sport.id())).isEqualTo("Games");
    }
}
