package news.dateline.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import news.dateline.accounts.internal.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The newsroom sessions an account has open (stored in the database, shared by every node): listing them and
 * signing them out, one or all. A session is named by a handle derived from its id, never by the id itself
 * (which is the cookie's secret).
 */
@Service
public class SignedInSessions {

    /** Session attributes written at sign-in. */
    public static final String ADDRESS = "dateline.address";
    public static final String USER_AGENT = "dateline.userAgent";

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    /** One open session: when it began and was last used, and from where (as seen at sign-in). */
    public record OpenSession(String handle, Instant createdAt, Instant lastUsedAt, String address, String userAgent,
                              boolean current) {
    }

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final String cookieName;
    /** Spring Session stamps sessions with the system clock, not the application's. */
    private final Clock sessionClock = Clock.systemUTC();

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, AccountRepository accounts,
                     JdbcClient jdbc, @Value("${server.servlet.session.cookie.name:SESSION}") String cookieName) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.cookieName = cookieName;
    }

    /**
     * Whether the request carries a newsroom session cookie, valid or not (nothing is looked up): a cheap, cautious
     * sign of staff, for leaving them out of what readers do. Whether a request really comes from signed-in staff is
     * {@link StaffCookie#carriedBy}.
     */
    public boolean carriedBy(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookieName.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Row(String id, Instant created, Instant lastUsed) {
    }

    /** The account's open sessions, newest use first; {@code currentSessionId} marks the caller's own. */
    public List<OpenSession> of(Account actor, long accountId, String currentSessionId) {
        Account target = target(actor, accountId);
        var repository = sessions.getIfAvailable();
        return rows(target.username()).stream().map(row -> {
            Session session = repository == null ? null : repository.findById(row.id());
            return new OpenSession(handle(row.id()), row.created(), row.lastUsed(),
                    session == null ? "" : Objects.toString(session.getAttribute(ADDRESS), ""),
                    session == null ? "" : Objects.toString(session.getAttribute(USER_AGENT), ""),
                    row.id().equals(currentSessionId));
        }).toList();
    }

    /** Signs out one session of the account, named by its handle. */
    public void signOut(Account actor, long accountId, String handle) {
        Account target = target(actor, accountId);
        rows(target.username()).stream().filter(row -> handle(row.id()).equals(handle))
                .forEach(row -> jdbc.sql("DELETE FROM SPRING_SESSION WHERE SESSION_ID = ?").param(row.id()).update());
        log.info("{} signed out one session of {}", actor.username(), target.username());
    }

    /** Signs out every session of the account (the caller's own too, when it is theirs). */
    public void signOutEverywhere(Account actor, long accountId) {
        Account target = target(actor, accountId);
        signOutAll(target.username(), null);
        log.info("{} signed out every session of {}", actor.username(), target.username());
    }

    /**
     * Signs out every session of {@code username} except {@code keepSessionId} (null: all of them). Plain SQL on the
     * session table, so that it joins the caller's transaction (their attributes go by the foreign key's cascade).
     */
    public void signOutAll(String username, String keepSessionId) {
        jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ? AND SESSION_ID <> ?")
                .params(username, keepSessionId == null ? "" : keepSessionId).update();
    }

    private List<Row> rows(String username) {
        return jdbc.sql("SELECT SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME FROM SPRING_SESSION "
                        + "WHERE PRINCIPAL_NAME = ? AND EXPIRY_TIME > ? ORDER BY LAST_ACCESS_TIME DESC")
                .params(username, sessionClock.millis())
                .query((rs, n) -> new Row(rs.getString(1).strip(), Instant.ofEpochMilli(rs.getLong(2)),
                        Instant.ofEpochMilli(rs.getLong(3))))
                .list();
    }

    private Account target(Account actor, long accountId) {
        if (actor.id() != accountId && !actor.role().mayAdminister()) {
            throw new NotPermittedException("Only an admin can see or end another account's sessions");
        }
        return accounts.findById(accountId).orElseThrow(() -> new AccountException("account", "No such account"));
    }

    static String handle(String sessionId) {
        return news.dateline.accounts.internal.Totp.sha256("session:" + sessionId).substring(0, 20);
    }
}
