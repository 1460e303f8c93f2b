package news.dateline.api;

import news.dateline.accounts.Role;
import news.dateline.articles.Staff;
import org.jspecify.annotations.Nullable;

/**
 * The integration making an API request, as its key or token proved: handed to a controller method that declares a
 * parameter of this type (requests without a valid key never reach a controller).
 *
 * @param integrationId the integration's id
 * @param name          its name as the admin gave it ("Mobile app", "dpa wire")
 * @param role          what its Admin API token may do, exactly as a person of that role; null for a Content API key
 *                      (read only)
 */
public record ApiCaller(long integrationId, String name, @Nullable Role role) {

    /** Refuses the request (403 problem) unless the token's role is at least {@code least}. */
    public Role require(Role least) {
        if (role == null) {
            throw ApiProblem.forbidden("A Content API key can only read; use an Admin API token");
        }
        if (!role.atLeast(least)) {
            throw ApiProblem.forbidden("This token's role (" + role.label() + ") may not do this; it needs "
                    + least.label());
        }
        return role;
    }

    /** Who the revision history names for a change made with this token. */
    public Staff staff() {
        return new Staff(null, name + " (integration)");
    }
}
