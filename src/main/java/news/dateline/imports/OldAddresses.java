package news.dateline.imports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.dateline.imports.internal.addresses.OldAddressRepository;
import org.springframework.stereotype.Service;

/**
 * The addresses imported sites answered at, and what each now is (ADR 0022): the public site answers an unknown
 * address found here with a 301 to the target's current address. Lookups are cached, bounded in size and time.
 */
@Service
public class OldAddresses {

    /** The query parameters that name content on a WordPress site ({@code /?p=43}). */
    public static final List<String> QUERY_KEYS = List.of("p", "page_id", "cat", "tag", "author");

    private final OldAddressRepository repository;
    private final Cache<String, Optional<OldAddress>> cache = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    OldAddresses(OldAddressRepository repository) {
        this.repository = repository;
    }

    /**
     * What the old address {@code path} (as requested, percent-encoded or not) with its query parameters now is.
     */
    public Optional<OldAddress> find(String path, Map<String, String> query) {
        for (String key : QUERY_KEYS) {
            String value = query.get(key);
            if (value != null && !value.isBlank() && value.length() <= 200) {
                Optional<OldAddress> found = cached("/", key, value.strip());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (path.length() > 2000) {
            return Optional.empty();
        }
        return cached(OldAddressRepository.normalize(path), "", "");
    }

    private Optional<OldAddress> cached(String path, String key, String value) {
        return cache.get(path + "\n" + key + "\n" + value, k -> repository.find(path, key, value));
    }

    /** Forgets cached lookups (after an import recorded new addresses). */
    public void refresh() {
        cache.invalidateAll();
    }
}
