package news.dateline.api.internal;

import news.dateline.api.ApiCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/caller}: which integration a key belongs to and what it may do, for a client to check its key. */
@RestController
class CallerEndpoint {

    /** @param role the Admin API token's role (lower case), or null for a read-only Content API key */
    record Caller(long integrationId, String name, String kind, @Nullable String role) {
    }

    @GetMapping("/api/v1/caller")
    Caller caller(ApiCaller caller) {
        return new Caller(caller.integrationId(), caller.name(), caller.role() == null ? "content" : "admin",
                caller.role() == null ? null : caller.role().name().toLowerCase(java.util.Locale.ROOT));
    }
}
