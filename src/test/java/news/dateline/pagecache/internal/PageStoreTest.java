package news.dateline.pagecache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which pages are kept, and which invalidations drop them. */
class PageStoreTest {

    private final PageStore store = new PageStore(new PageCacheSettings(true, null, null, null, null, null, null, null, null));

    private static CachedPage page(String address, String... keys) {
        return new CachedPage(address, "text/html;charset=UTF-8", ("<p>" + address + "</p>").getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-11-30T00:00:00Z"), "Mon, 30 Nov 2026 00:00:00 GMT", List.of(), Set.of(keys));
    }

    @Test
    void anInvalidatedKeyDropsExactlyThePagesCarryingIt() {
        store.put("/world/a", page("/world/a", "article-1", "section-1"), store.generation());
        store.put("/world", page("/world", "section-1", "article-1", "article-2"), store.generation());
        store.put("/sport/b", page("/sport/b", "article-3", "section-2"), store.generation());

        assertThat(store.invalidate(Set.of("article-1"))).isEqualTo(2);
        assertThat(store.get("/world/a")).isNull();
        assertThat(store.get("/world")).isNull();
        assertThat(store.get("/sport/b")).isNotNull();
    }

    @Test
    void aPageBuiltWhileOneOfItsKeysChangedIsNotKept() {
        long started = store.generation();
        store.invalidate(Set.of("article-7"));

        assertThat(store.put("/world/seven", page("/world/seven", "article-7", "section-1"), started)).isFalse();
        assertThat(store.get("/world/seven")).isNull();
        assertThat(store.put("/world/seven", page("/world/seven", "article-7", "section-1"), store.generation()))
                .as("built after the change").isTrue();
    }

    @Test
    void aPageBuiltWhileSomethingElseChangedIsKept() {
        long started = store.generation();
        store.invalidate(Set.of("search"));
        store.invalidate(Set.of("article-8", "section-3"));

        assertThat(store.put("/world/seven", page("/world/seven", "article-7", "section-1"), started)).isTrue();
        assertThat(store.get("/world/seven")).isNotNull();
    }

    @Test
    void clearingEverythingRefusesEveryPageUnderConstruction() {
        long started = store.generation();
        store.clear();

        assertThat(store.put("/world/seven", page("/world/seven", "article-7"), started)).isFalse();
    }

    @Test
    void aBuildOlderThanTheRememberedChangesIsNotKept() {
        long started = store.generation();
        for (int i = 0; i < 600; i++) {
            store.invalidate(Set.of("article-" + (1000 + i)));
        }

        assertThat(store.put("/world/seven", page("/world/seven", "article-7"), started))
                .as("too many changes since it started to know it is unaffected").isFalse();
        assertThat(store.put("/world/seven", page("/world/seven", "article-7"), store.generation() - 5)).isTrue();
    }
}
