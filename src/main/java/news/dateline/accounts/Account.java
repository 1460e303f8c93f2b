package news.dateline.accounts;

import java.time.Instant;

/**
 * A newsroom account. A deactivated account cannot sign in; its bylines and pages stay.
 *
 * @param personId the byline person this account writes as, or null
 */
public record Account(long id, String username, String displayName, String email, Role role, boolean active,
                      Long personId, Instant createdAt) {
}
