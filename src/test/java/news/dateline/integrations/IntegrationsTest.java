package news.dateline.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.accounts.Account;
import news.dateline.accounts.NotPermittedException;
import news.dateline.accounts.Role;
import news.dateline.integrations.internal.IntegrationRepository;
import news.dateline.integrations.internal.Secrets;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Admins let integrations in and shut them out; only a hash of each secret is kept; on SQLite and PostgreSQL. */
class IntegrationsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-08T06:30:00Z"));
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private Integrations integrations;
    private IntegrationRepository repository;

    private static final Account ADMIN = account(Role.ADMIN);

    private static Account account(Role role) {
        return new Account(1, role.name().toLowerCase() + "-one", "The " + role.label(), "", role, true, null,
                Instant.EPOCH);
    }

    private void open(Database database) {
        dataSource = database.fresh();
        jdbc = JdbcClient.create(dataSource);
        repository = new IntegrationRepository(jdbc);
        integrations = new Integrations(repository, clock);
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSecretIsShownOnceAndOnlyItsHashIsKept(Database database) {
        open(database);
        IssuedIntegration issued = integrations.create(ADMIN, " Мобильное приложение ", IntegrationKind.CONTENT,
                Role.ADMIN, "https://App.Example.com/\nhttp://localhost:3000, https://app.example.com");
        String secret = issued.secret();
        assertThat(secret).startsWith("dlc_").hasSize(44).matches("dlc_[0-9A-Za-z]{40}");
        Integration made = issued.integration();
        assertThat(made.name()).isEqualTo("Мобильное приложение");
        assertThat(made.role()).as("a content key has no role").isNull();
        assertThat(made.origins()).containsExactly("https://app.example.com", "http://localhost:3000");
        assertThat(made.hint()).isEqualTo(secret.substring(40));
        assertThat(made.createdBy()).isEqualTo("admin-one");
        assertThat(issued.toString()).doesNotContain(secret);

        var stored = jdbc.sql("SELECT * FROM integrations").query().listOfRows();
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().values()).noneMatch(value -> value != null && value.toString().contains(secret));
        assertThat(stored.getFirst().get("token_hash")).isEqualTo(Secrets.hash(secret));

        assertThat(integrations.authenticate(secret)).map(Integration::id).hasValue(made.id());
        assertThat(integrations.authenticate(secret.substring(0, 43) + (secret.endsWith("A") ? "B" : "A"))).isEmpty();
        assertThat(integrations.authenticate("dla_" + secret.substring(4))).isEmpty();
        assertThat(integrations.authenticate(null)).isEmpty();

        String token = integrations.create(ADMIN, "Wire desk", IntegrationKind.ADMIN, Role.EDITOR, "").secret();
        assertThat(token).startsWith("dla_").isNotEqualTo(secret);
        assertThat(integrations.authenticate(token).orElseThrow().role()).isEqualTo(Role.EDITOR);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRevokedKeyIsRefusedAtOnceHereAndWithinSecondsOnOtherNodes(Database database) {
        open(database);
        IssuedIntegration issued = integrations.create(ADMIN, "Partner", IntegrationKind.CONTENT, null, "");
        Integrations otherNode = new Integrations(repository, clock);
        assertThat(otherNode.authenticate(issued.secret())).isPresent();

        Integration revoked = integrations.revoke(ADMIN, issued.integration().id());
        assertThat(revoked.revokedAt()).isEqualTo(clock.instant());
        assertThat(revoked.live()).isFalse();
        assertThat(integrations.authenticate(issued.secret())).isEmpty();
        assertThat(otherNode.authenticate(issued.secret())).as("remembered for a few seconds").isPresent();
        clock.advance(Duration.ofSeconds(6));
        assertThat(otherNode.authenticate(issued.secret())).isEmpty();
        assertThat(integrations.revoke(ADMIN, issued.integration().id()).revokedAt())
                .as("revoking twice keeps the first time").isEqualTo(revoked.revokedAt());
        assertThat(integrations.list(ADMIN)).extracting(Integration::live).containsExactly(false);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void onlyAdminsManageIntegrations(Database database) {
        open(database);
        Integration made = integrations.create(ADMIN, "Partner", IntegrationKind.CONTENT, null, "").integration();
        for (Role role : List.of(Role.CONTRIBUTOR, Role.REPORTER, Role.EDITOR)) {
            Account actor = account(role);
            assertThatThrownBy(() -> integrations.create(actor, "Mine", IntegrationKind.ADMIN, Role.ADMIN, ""))
                    .isInstanceOf(NotPermittedException.class).hasMessage("Only admins manage integrations");
            assertThatThrownBy(() -> integrations.list(actor)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> integrations.revoke(actor, made.id())).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> integrations.changeOrigins(actor, made.id(), "https://x.example"))
                    .isInstanceOf(NotPermittedException.class);
        }
        Account retired = new Account(2, "old-admin", "Old", "", Role.ADMIN, false, null, Instant.EPOCH);
        assertThatThrownBy(() -> integrations.list(retired)).isInstanceOf(NotPermittedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integrations").query(Long.class).single()).isEqualTo(1);
        assertThat(integrations.byId(ADMIN, made.id()).live()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void formsAreCheckedFieldByField(Database database) {
        open(database);
        assertThatThrownBy(() -> integrations.create(ADMIN, "  ", IntegrationKind.CONTENT, null, ""))
                .isInstanceOf(IntegrationException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> integrations.create(ADMIN, "Desk", IntegrationKind.ADMIN, null, ""))
                .isInstanceOf(IntegrationException.class).extracting("field").isEqualTo("role");
        assertThatThrownBy(() -> integrations.create(ADMIN, "Desk", IntegrationKind.ADMIN, Role.EDITOR, "https://a.example"))
                .isInstanceOf(IntegrationException.class).extracting("field").isEqualTo("origins");
        for (String origin : List.of("*", "ftp://a.example", "https://a.example/path", "https://u@a.example", "a.example")) {
            assertThatThrownBy(() -> integrations.create(ADMIN, "App", IntegrationKind.CONTENT, null, origin))
                    .as(origin).isInstanceOf(IntegrationException.class).extracting("field").isEqualTo("origins");
        }
        Integration app = integrations.create(ADMIN, "App", IntegrationKind.CONTENT, null, "").integration();
        assertThat(integrations.changeOrigins(ADMIN, app.id(), "https://a.example:8443").origins())
                .containsExactly("https://a.example:8443");
        assertThat(integrations.anyAllows("https://a.example:8443")).isTrue();
        assertThat(integrations.anyAllows("https://a.example")).isFalse();
        assertThat(integrations.changeRequestLimit(ADMIN, app.id(), 5).requestsPerMinute()).isEqualTo(5);
        assertThatThrownBy(() -> integrations.changeRequestLimit(ADMIN, app.id(), 0))
                .isInstanceOf(IntegrationException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integrations").query(Long.class).single()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void lastUseIsWrittenAtMostOnceAMinute(Database database) {
        open(database);
        Integration app = integrations.create(ADMIN, "App", IntegrationKind.CONTENT, null, "").integration();
        Instant first = clock.instant();
        integrations.used(app);
        clock.advance(Duration.ofSeconds(30));
        integrations.used(app);
        assertThat(integrations.byId(ADMIN, app.id()).lastUsedAt()).isEqualTo(first);
        clock.advance(Duration.ofSeconds(31));
        integrations.used(app);
        assertThat(integrations.byId(ADMIN, app.id()).lastUsedAt()).isEqualTo(clock.instant());
    }
}
