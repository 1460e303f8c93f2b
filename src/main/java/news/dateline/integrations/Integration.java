package news.dateline.integrations;

import java.time.Instant;
import java.util.List;
import news.dateline.accounts.Role;
import org.jspecify.annotations.Nullable;

/**
 * An outside system let in by an admin, as stored: never its secret, only the secret's last four characters.
 *
 * @param role              what an Admin API token may do (as a person of that role); null for a Content API key
 * @param origins           browser origins ({@code https://app.example.com}) that may call the Content API with this
 *                          key (CORS); empty for none
 * @param requestsPerMinute this key's own request limit, or null for the site's default for its kind
 * @param hint              the secret's last four characters, to tell keys apart
 */
public record Integration(long id, String name, IntegrationKind kind, @Nullable Role role, List<String> origins,
                          @Nullable Integer requestsPerMinute, String hint, Instant createdAt, String createdBy,
                          @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

    public Integration {
        origins = List.copyOf(origins);
    }

    public boolean live() {
        return revokedAt == null;
    }

    /** Whether a browser page from {@code origin} may read the Content API with this key. */
    public boolean allows(String origin) {
        return live() && kind == IntegrationKind.CONTENT && origins.contains(origin);
    }
}
