package news.dateline.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
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

/** Sections one level deep (Markets under Business), on SQLite and PostgreSQL: the rules and their refusals. */
class SectionParentsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-08T06:30:00Z"));
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private Sections sections;
    private SectionList list;

    private void open(Database database) {
        dataSource = database.fresh();
        jdbc = JdbcClient.create(dataSource);
        SectionRepository repository = new SectionRepository(jdbc);
        list = new SectionList(repository);
        sections = new Sections(repository, list, new ChangeJournal(jdbc, clock, event -> { }),
                SignedInStaff.accounts(jdbc, clock));
    }

    @AfterEach
    void close() {
        SignedInStaff.signOut();
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private Long parentOf(long id) {
        return jdbc.sql("SELECT parent_id FROM sections WHERE id = ?").param(id).query(Long.class).optional().orElse(null);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anImportCreatesAChildSectionAndItsParentListsIt(Database database) {
        open(database);
        Section business = sections.create("Business", null, 10);
        Section markets = sections.create("Рынки", null, 20, business.id());
        assertThat(markets.parentId()).isEqualTo(business.id());
        assertThat(markets.slug()).isEqualTo("rynki");
        assertThat(parentOf(markets.id())).isEqualTo(business.id());
        assertThat(sections.children(business.id())).extracting(Section::id).containsExactly(markets.id());
        assertThat(sections.parentOf(sections.byId(markets.id()).orElseThrow())).map(Section::id).hasValue(business.id());
        assertThat(sections.all()).filteredOn(Section::isTopLevel).extracting(Section::name).containsExactly("Business");

        Section moved = sections.update(markets.id(), "Markets", 20, null);
        assertThat(moved.parentId()).isNull();
        assertThat(parentOf(markets.id())).isNull();
        assertThat(sections.update(markets.id(), "Markets", 5).parentId()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void sectionsGoOneLevelDeepWithClearRefusals(Database database) {
        open(database);
        SignedInStaff.signIn(jdbc, Role.EDITOR, clock);
        Section business = sections.add(new SectionForm("Business", "", "10", ""));
        Section markets = sections.add(new SectionForm("Markets", "", "20", Long.toString(business.id())));
        Section world = sections.add(new SectionForm("World", "", "30", null));

        assertThatThrownBy(() -> sections.add(new SectionForm("Bonds", "", "40", Long.toString(markets.id()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Markets is itself under another section:"
                        + " sections go one level deep, so choose a top-level section as the parent");
        assertThatThrownBy(() -> sections.change(business.id(), new SectionForm("Business", "", "10",
                Long.toString(world.id())))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Business has sections under it, so it cannot go under another (sections go one level deep)");
        assertThatThrownBy(() -> sections.change(world.id(), new SectionForm("World", "", "30", Long.toString(world.id()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A section cannot sit under itself");
        assertThatThrownBy(() -> sections.change(world.id(), new SectionForm("World", "", "30", "business")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Choose the parent section from the list");
        assertThatThrownBy(() -> sections.add(new SectionForm("Info", "info", "50", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sections").query(Long.class).single()).isEqualTo(3);
        assertThat(parentOf(business.id())).isNull();
        assertThat(parentOf(world.id())).isNull();

        assertThat(sections.change(world.id(), new SectionForm("World", "", "30", Long.toString(business.id())))
                .parentId()).isEqualTo(business.id());
    }
}
