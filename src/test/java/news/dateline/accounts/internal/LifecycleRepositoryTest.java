package news.dateline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.accounts.Role;
import news.dateline.support.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reset links, one-time codes and lockouts, on SQLite and PostgreSQL. */
class LifecycleRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private HikariDataSource dataSource;

    @AfterEach
    void close() {
        dataSource.close();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void resetLinksWorkOnceAndOnlyUntilTheyExpire(Database database) {
        dataSource = database.fresh();
        var jdbc = JdbcClient.create(dataSource);
        var accounts = new AccountRepository(jdbc);
        var lifecycle = new LifecycleRepository(jdbc);
        long id = accounts.insert("ada", "Ada", "", "{noop}x", Role.REPORTER, null, T0);

        lifecycle.issueReset(id, "hash-1", "admin", T0, T0.plus(Duration.ofHours(24)));
        assertThat(lifecycle.validReset("hash-1", T0.plusSeconds(60))).contains(id);
        assertThat(lifecycle.validReset("hash-1", T0.plus(Duration.ofHours(24)))).isEmpty();
        lifecycle.issueReset(id, "hash-2", "admin", T0.plusSeconds(1), T0.plus(Duration.ofHours(25)));
        assertThat(lifecycle.validReset("hash-1", T0.plusSeconds(60))).as("a newer link spends the older one").isEmpty();
        assertThat(lifecycle.spendReset("hash-2", id, T0.plus(Duration.ofHours(25)))).as("expired").isFalse();
        assertThat(lifecycle.spendReset("hash-2", id, T0.plusSeconds(60))).isTrue();
        assertThat(lifecycle.spendReset("hash-2", id, T0.plusSeconds(61))).as("single use").isFalse();
        assertThat(lifecycle.validReset("hash-2", T0.plusSeconds(61))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTotpStepAndARecoveryCodeAreAcceptedOnceAndUnlockLiftsALockout(Database database) {
        dataSource = database.fresh();
        var jdbc = JdbcClient.create(dataSource);
        var accounts = new AccountRepository(jdbc);
        var lifecycle = new LifecycleRepository(jdbc);
        long id = accounts.insert("bea", "Bea", "", "{noop}x", Role.ADMIN, null, T0);

        assertThat(accounts.spendTotpStep(id, 100)).as("two-factor is off").isFalse();
        accounts.setTotpSecret(id, "JBSWY3DPEHPK3PXP", 99L);
        assertThat(accounts.standing("bea")).hasValueSatisfying(s -> assertThat(s.twoFactor()).isTrue());
        assertThat(accounts.totpSecret(id)).contains("JBSWY3DPEHPK3PXP");
        assertThat(accounts.spendTotpStep(id, 99)).isFalse();
        assertThat(accounts.spendTotpStep(id, 100)).isTrue();
        assertThat(accounts.spendTotpStep(id, 100)).isFalse();

        lifecycle.replaceRecoveryCodes(id, List.of("r1", "r2"));
        assertThat(lifecycle.spendRecoveryCode(id, "r1")).isTrue();
        assertThat(lifecycle.spendRecoveryCode(id, "r1")).isFalse();
        assertThat(lifecycle.recoveryCodesLeft(id)).isEqualTo(1);

        accounts.recordFailure("bea", 1, T0.plus(Duration.ofMinutes(15)));
        assertThat(accounts.credentials("bea").orElseThrow().lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        accounts.unlock(id);
        assertThat(accounts.credentials("bea").orElseThrow().lockedUntil()).isNull();
        accounts.setPasswordHash(id, "{noop}y");
        assertThat(accounts.credentials("bea").orElseThrow().passwordHash()).isEqualTo("{noop}y");
    }
}
