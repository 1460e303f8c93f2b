package news.dateline.integrations;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import news.dateline.accounts.Account;
import news.dateline.accounts.NotPermittedException;
import news.dateline.accounts.Role;
import news.dateline.integrations.internal.AllowedOrigins;
import news.dateline.integrations.internal.IntegrationRepository;
import news.dateline.integrations.internal.LiveKeys;
import news.dateline.integrations.internal.Secrets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The integrations an admin lets in, and the check of every API request's key. Only admins create, list, change
 * and revoke (checked here, whatever the screen did). A secret is shown once, when it is made; only its SHA-256 is
 * kept. {@link #authenticate} answers from a few seconds' memory ({@link LiveKeys#FRESH}), so a revocation reaches
 * every node within that time.
 */
@Service
public class Integrations {

    public static final int MOST_REQUESTS_PER_MINUTE = 1_000_000;
    private static final Logger log = LoggerFactory.getLogger(Integrations.class);

    private final IntegrationRepository repository;
    private final Clock clock;
    private final LiveKeys live;

    Integrations(IntegrationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.live = new LiveKeys(repository, clock);
    }

    /**
     * Lets a new integration in: a Content API key (role ignored) or an Admin API token acting as {@code role}.
     * {@code origins} as typed (one per line); refused with {@link IntegrationException} naming the field at fault.
     */
    public IssuedIntegration create(Account actor, String name, IntegrationKind kind, @Nullable Role role,
                                    String origins) {
        requireAdmin(actor);
        String named = name == null ? "" : name.strip();
        if (named.isEmpty()) {
            throw new IntegrationException("name", "Give the integration a name");
        }
        if (named.length() > 100) {
            throw new IntegrationException("name", "At most 100 characters");
        }
        if (kind == IntegrationKind.ADMIN && role == null) {
            throw new IntegrationException("role", "Choose the role this token acts as");
        }
        List<String> allowed = AllowedOrigins.read(origins);
        if (kind == IntegrationKind.ADMIN && !allowed.isEmpty()) {
            throw new IntegrationException("origins", "Only Content API keys may be used from browser pages");
        }
        String secret = Secrets.issue(kind);
        long id = repository.insert(named, kind, kind == IntegrationKind.ADMIN ? role : null, allowed,
                Secrets.hash(secret), Secrets.hint(secret), clock.instant(), actor.username());
        Integration made = repository.findById(id).orElseThrow();
        log.info("{} created {} \"{}\" (id {}{})", actor.username(), kind.label(), named, id,
                made.role() == null ? "" : ", " + made.role().label());
        return new IssuedIntegration(made, secret);
    }

    /** Every integration, live ones first, by name. */
    public List<Integration> list(Account actor) {
        requireAdmin(actor);
        return repository.findAll();
    }

    public Integration byId(Account actor, long id) {
        requireAdmin(actor);
        return find(id);
    }

    /** Shuts the integration out for good (on every node within {@link LiveKeys#FRESH}); revoking twice is harmless. */
    public Integration revoke(Account actor, long id) {
        requireAdmin(actor);
        find(id);
        if (repository.revoke(id, clock.instant())) {
            log.info("{} revoked integration {}", actor.username(), id);
        }
        live.forget();
        return find(id);
    }

    public Integration changeOrigins(Account actor, long id, String origins) {
        requireAdmin(actor);
        Integration integration = find(id);
        List<String> allowed = AllowedOrigins.read(origins);
        if (integration.kind() == IntegrationKind.ADMIN && !allowed.isEmpty()) {
            throw new IntegrationException("origins", "Only Content API keys may be used from browser pages");
        }
        repository.changeOrigins(id, allowed);
        live.forget();
        return find(id);
    }

    /** This key's own request limit per minute, or null for the site's default for its kind. */
    public Integration changeRequestLimit(Account actor, long id, @Nullable Integer perMinute) {
        requireAdmin(actor);
        find(id);
        if (perMinute != null && (perMinute < 1 || perMinute > MOST_REQUESTS_PER_MINUTE)) {
            throw new IntegrationException("requestsPerMinute", String.format(java.util.Locale.ENGLISH,
                    "Give a number of requests per minute from 1 to %,d", MOST_REQUESTS_PER_MINUTE));
        }
        repository.changeRequestsPerMinute(id, perMinute);
        live.forget();
        return find(id);
    }

    /**
     * The live integration a secret belongs to, or empty for anything else (unknown, revoked, malformed). Costs no
     * database lookup for a key seen in the last few seconds.
     */
    public Optional<Integration> authenticate(@Nullable String token) {
        if (token == null || !Secrets.wellFormed(token)) {
            return Optional.empty();
        }
        return live.find(Secrets.hash(token));
    }

    /** Notes that the integration made a request (written at most once a minute per integration). */
    public void used(Integration integration) {
        live.used(integration);
    }

    /** Whether some live Content API key lets browser pages from {@code origin} call the API. */
    public boolean anyAllows(String origin) {
        return live.anyAllows(origin);
    }

    private Integration find(long id) {
        return repository.findById(id).orElseThrow(() -> new NoSuchElementException("No such integration"));
    }

    private static void requireAdmin(Account actor) {
        if (actor == null || !actor.active() || !actor.role().mayAdminister()) {
            throw new NotPermittedException("Only admins manage integrations");
        }
    }
}
