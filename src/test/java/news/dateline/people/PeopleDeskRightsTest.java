package news.dateline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import news.dateline.media.ImageCredit;
import news.dateline.media.NewImage;
import news.dateline.media.internal.ImageRepository;
import news.dateline.accounts.NotPermittedException;
import news.dateline.accounts.Role;
import news.dateline.accounts.SignedInStaff;
import news.dateline.people.internal.PersonRepository;
import news.dateline.platform.ChangeJournal;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Only editors add, change or list people from the newsroom; a change keeps the photo; on SQLite and PostgreSQL. */
class PeopleDeskRightsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-08T06:30:00Z"));
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private People people;

    private void open(Database database) {
        dataSource = database.fresh();
        jdbc = JdbcClient.create(dataSource);
        people = new People(new PersonRepository(jdbc), new ChangeJournal(jdbc, clock, event -> { }),
                SignedInStaff.accounts(jdbc, clock));
    }

    @AfterEach
    void close() {
        SignedInStaff.signOut();
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private long image() {
        return new ImageRepository(jdbc, clock).insert("portrait-" + System.nanoTime(), 64, 48, List.of(64),
                new NewImage("", "A face", new ImageCredit("", "")), "Test", "image/png").id();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReporterCannotAddChangeOrListPeople(Database database) {
        open(database);
        Person ada = people.create("Ada Reporter", null, "Covers ports.", null);
        SignedInStaff.signIn(jdbc, Role.REPORTER, clock);
        assertThatThrownBy(() -> people.add(new PersonForm("Guest Writer", "", "")))
                .isInstanceOf(NotPermittedException.class).hasMessage("Only editors manage sections and people");
        assertThatThrownBy(() -> people.change(ada.id(), new PersonForm("Renamed", "", "")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> people.forDesk()).isInstanceOf(NotPermittedException.class);
        assertThat(people.byId(ada.id()).orElseThrow().displayName()).isEqualTo("Ada Reporter");
        assertThat(people.all()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEditorsChangeKeepsThePersonsPhoto(Database database) {
        open(database);
        long photo = image();
        Person ada = people.create("Ada Reporter", null, "Covers ports.", photo);
        SignedInStaff.signIn(jdbc, Role.EDITOR, clock);
        Person changed = people.change(ada.id(), new PersonForm("Ada B. Reporter", "ignored", "Covers ports and rivers."));
        assertThat(changed.photoImageId()).isEqualTo(photo);
        Person stored = people.byId(ada.id()).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("Ada B. Reporter");
        assertThat(stored.slug()).isEqualTo("ada-reporter");
        assertThat(stored.photoImageId()).isEqualTo(photo);
        assertThat(people.add(new PersonForm("Guest Writer", "", "")).slug()).isEqualTo("guest-writer");
    }
}
