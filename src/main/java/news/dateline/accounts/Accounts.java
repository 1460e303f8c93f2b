package news.dateline.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import news.dateline.accounts.internal.AccountRepository;
import news.dateline.accounts.internal.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Newsroom accounts: who is signed in, and (for admins) creating, promoting and deactivating accounts. */
@Service
public class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final SignedInSessions sessions;

    Accounts(AccountRepository repository, PasswordEncoder passwords, Clock clock, PasswordPolicy policy,
             SignedInSessions sessions) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
        this.policy = policy;
        this.sessions = sessions;
    }

    /** The account of the current request's signed-in user, if any. */
    public Optional<Account> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            return Optional.empty();
        }
        return repository.findByUsername(auth.getName()).filter(Account::active);
    }

    /** The signed-in account; fails when nobody is signed in (the security filter prevents that). */
    public Account requireSignedIn() {
        return signedIn().orElseThrow(() -> new NotPermittedException("Sign in to the newsroom first"));
    }

    /**
     * The signed-in account, when its role manages the desk (sections, people, the image library's metadata);
     * otherwise refused with {@code refusal} (answered with 403).
     */
    public Account requireDeskRights(String refusal) {
        Account me = requireSignedIn();
        if (!me.role().mayManageDesk()) {
            throw new NotPermittedException(refusal);
        }
        return me;
    }

    public boolean noneExist() {
        return repository.count() == 0;
    }

    public List<Account> all() {
        return repository.findAll();
    }

    public Optional<Account> byId(long id) {
        return repository.findById(id);
    }

    /** An account an admin looks after (admins only); refused with {@link AccountException} when there is none. */
    public Account manage(Account actor, long id) {
        requireAdmin(actor);
        return repository.findById(id).orElseThrow(() -> new AccountException("account", "No such account"));
    }

    /** Creates the first admin of a fresh install; refused once any account exists. */
    @Transactional
    public synchronized Account createFirstAdmin(NewAccount account) {
        if (!noneExist()) {
            throw new NotPermittedException("The first admin has already been created");
        }
        return insert(account);
    }

    /** Creates an account (admins only). */
    @Transactional
    public Account create(Account actor, NewAccount account) {
        requireAdmin(actor);
        Account created = insert(account);
        log.info("{} created account {} ({})", actor.username(), created.username(), created.role());
        return created;
    }

    @Transactional
    public void changeRole(Account actor, long id, Role role) {
        requireAdmin(actor);
        Account target = repository.findById(id).orElseThrow(() -> new AccountException("account", "No such account"));
        if (target.role() == Role.ADMIN && role != Role.ADMIN && target.active() && repository.countActiveAdmins() <= 1) {
            throw new AccountException("role", "The last active admin cannot stop being an admin");
        }
        repository.setRole(id, role);
        log.info("{} changed the role of {} to {}", actor.username(), target.username(), role);
    }

    @Transactional
    public void setActive(Account actor, long id, boolean active) {
        requireAdmin(actor);
        Account target = repository.findById(id).orElseThrow(() -> new AccountException("account", "No such account"));
        if (!active && target.role() == Role.ADMIN && target.active() && repository.countActiveAdmins() <= 1) {
            throw new AccountException("active", "The last active admin cannot be deactivated");
        }
        repository.setActive(id, active);
        if (!active) {
            sessions.signOutAll(target.username(), null);
        }
        log.info("{} {} account {}", actor.username(), active ? "reactivated" : "deactivated", target.username());
    }

    /**
     * Changes the signed-in account's own password: the current one is required, the new one must pass the password
     * policy, and every other session of the account is signed out ({@code keepSessionId} is the caller's).
     */
    @Transactional
    public void changeOwnPassword(Account me, String current, String next, String confirm, String keepSessionId) {
        var credentials = repository.credentials(me.username()).orElseThrow(() -> new AccountException("current", "No such account"));
        if (current == null || !passwords.matches(current, credentials.passwordHash())) {
            throw new AccountException("current", "That is not your current password");
        }
        if (next == null || !next.equals(confirm)) {
            throw new AccountException("confirm", "The two new passwords differ");
        }
        if (next.equals(current)) {
            throw new AccountException("password", "Choose a password different from the current one");
        }
        setPassword(me, next);
        sessions.signOutAll(me.username(), keepSessionId);
        log.info("{} changed their password; their other sessions are signed out", me.username());
    }

    /** Sets a new password that passes the policy (for a reset link: see PasswordResets). */
    void setPassword(Account account, String password) {
        policy.check(password, account.username());
        repository.setPasswordHash(account.id(), passwords.encode(password));
    }

    /** Lifts the sign-in lockout of an account (admins only). */
    @Transactional
    public void unlock(Account actor, long id) {
        requireAdmin(actor);
        Account target = repository.findById(id).orElseThrow(() -> new AccountException("account", "No such account"));
        repository.unlock(id);
        log.info("{} lifted the sign-in lockout of {}", actor.username(), target.username());
    }

    /** When the account's sign-in lockout ends, if it is locked now. */
    public java.util.Optional<java.time.Instant> lockedUntil(Account account) {
        return repository.credentials(account.username()).map(AccountRepository.Credentials::lockedUntil)
                .filter(until -> until.isAfter(clock.instant()));
    }

    private Account insert(NewAccount account) {
        if (repository.usernameTaken(account.username())) {
            throw new AccountException("username", "That username is taken");
        }
        policy.check(account.password(), account.username());
        long id = repository.insert(account.username(), account.displayName(), account.email(),
                passwords.encode(account.password()), account.role(), account.personId(), clock.instant());
        return repository.findById(id).orElseThrow();
    }

    private static void requireAdmin(Account actor) {
        if (!actor.role().mayAdminister()) {
            throw new NotPermittedException("Only an admin can manage accounts");
        }
    }
}
