package news.dateline.platform;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being unreachable (stopped, restarting, network gone, or too slow to
 * answer within the statement timeout) from any other failure. Such requests are answered 503 with
 * {@code Retry-After}: the public site with its "back in a moment" page, the newsroom by keeping the typed text.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before trying again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything in its cause chain, says the database could not be reached in time. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException || t instanceof QueryTimeoutException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && unreachable(sql.getSQLState())) {
                return true;
            }
            // A rollback on a connection the outage had already closed hides the outage behind its own failure.
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting down or starting), 57014 (statement timeout). */
    private static boolean unreachable(String state) {
        return state.startsWith("08") || state.startsWith("57P0") || state.equals("57014");
    }
}
