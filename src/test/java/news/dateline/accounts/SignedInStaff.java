package news.dateline.accounts;

import java.time.Clock;
import java.util.List;
import news.dateline.accounts.internal.AccountRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Newsroom accounts on a test database, and a member of staff signed in on the current thread as the newsroom's
 * security filter leaves them: for the facades that check the acting role themselves.
 */
public final class SignedInStaff {

    private SignedInStaff() {
    }

    /** Who is signed in (and their role), on {@code jdbc}'s database; no passwords, sessions or sign-up here. */
    public static Accounts accounts(JdbcClient jdbc, Clock clock) {
        return new Accounts(new AccountRepository(jdbc), null, clock, null, null);
    }

    /** A new active account with {@code role}, signed in on this thread until {@link #signOut()}. */
    public static Account signIn(JdbcClient jdbc, Role role, Clock clock) {
        String username = role.name().toLowerCase() + "-" + System.nanoTime();
        long id = new AccountRepository(jdbc).insert(username, "The " + role.label(), username + "@example.com", "-", role,
                null, clock.instant());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority(role.authority()))));
        return new AccountRepository(jdbc).findById(id).orElseThrow();
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
