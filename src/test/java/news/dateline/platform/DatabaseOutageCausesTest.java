package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures count as the database being unreachable (and so answer 503), and which do not. */
class DatabaseOutageCausesTest {

    @Test
    void aFailedRollbackOnAConnectionTheOutageClosedIsAnOutage() {
        // Seen when PostgreSQL stopped while the session repository was reading: the read failed, then the
        // rollback failed on the closed connection and replaced the read's failure.
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("Broken pipe"));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
    }

    @Test
    void aFailedRollbackAfterAnyOtherFailureIsNotAnOutage() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataIntegrityViolationException("duplicate key"));
        assertThat(DatabaseOutage.causedBy(rollback)).isFalse();
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key"))).isFalse();
    }

    @Test
    void connectionStatesAndResourceFailuresAnywhereInTheChainAreOutages() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("gone", "08006")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new DataAccessResourceFailureException("down")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("shutting down", "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax", "42601"))).isFalse();
    }
}
