package news.dateline.media.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import news.dateline.media.storage.MediaStorage.StoredObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link MediaStorage} promises. Each implementation's test extends this class and supplies a
 * fresh, empty store for every test.
 */
abstract class MediaStorageContractTest {

    /** A new, empty store; called once per test. */
    protected abstract MediaStorage storage();

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void storedBytesAndContentTypeComeBackExactly() {
        MediaStorage storage = storage();
        byte[] webp = randomBytes(20_000, 1);
        byte[] jpeg = randomBytes(7_001, 2);

        storage.put("images/3fa9c2/1024.webp", webp, "image/webp");
        storage.put("images/3fa9c2/original.jpg", jpeg, "image/jpeg");

        StoredObject stored = storage.get("images/3fa9c2/1024.webp").orElseThrow();
        assertThat(stored.bytes()).isEqualTo(webp);
        assertThat(stored.contentType()).isEqualTo("image/webp");
        assertThat(stored.length()).isEqualTo(20_000);
        assertThat(storage.get("images/3fa9c2/original.jpg").orElseThrow().bytes()).isEqualTo(jpeg);
        assertThat(storage.get("images/3fa9c2/original.jpg").orElseThrow().contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void anyContentTypeIsKeptEvenWhenTheNameSuggestsAnother() {
        MediaStorage storage = storage();
        storage.put("images/a1/data.bin", "x".getBytes(StandardCharsets.UTF_8), "application/x-dateline-test");
        storage.put("images/a1/odd.png", "y".getBytes(StandardCharsets.UTF_8), "image/jpeg");

        assertThat(storage.get("images/a1/data.bin").orElseThrow().contentType()).isEqualTo("application/x-dateline-test");
        assertThat(storage.get("images/a1/odd.png").orElseThrow().contentType()).isEqualTo("image/jpeg");

        storage.put("images/a1/odd.png", "z".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(storage.get("images/a1/odd.png").orElseThrow().contentType()).isEqualTo("image/png");
    }

    @Test
    void keysListEveryStoredObjectAndNothingElse() {
        MediaStorage storage = storage();
        assertThat(storage.keys()).isEmpty();
        storage.put("images/k1/master.jpg", randomBytes(10, 3), "image/jpeg");
        storage.put("images/k1/original", randomBytes(10, 4), "application/x-dateline-test");
        storage.put("images/k2/1024.webp", randomBytes(10, 5), "image/webp");
        storage.deletePrefix("images/k2/");
        storage.put("images/k3/16x9-50-50-480.jpg", randomBytes(10, 6), "image/jpeg");

        try (var keys = storage.keys()) {
            assertThat(keys).containsExactlyInAnyOrder("images/k1/master.jpg", "images/k1/original",
                    "images/k3/16x9-50-50-480.jpg");
        }
    }

    @Test
    void emptyObjectsAreObjects() {
        MediaStorage storage = storage();
        storage.put("images/e0/empty.webp", new byte[0], "image/webp");

        assertThat(storage.exists("images/e0/empty.webp")).isTrue();
        assertThat(storage.get("images/e0/empty.webp").orElseThrow().length()).isZero();
    }

    @Test
    void putReplacesTheObject() {
        MediaStorage storage = storage();
        storage.put("images/b2/640.webp", randomBytes(5_000, 3), "image/webp");
        byte[] shorter = randomBytes(1_234, 4);

        storage.put("images/b2/640.webp", shorter, "image/webp");

        StoredObject stored = storage.get("images/b2/640.webp").orElseThrow();
        assertThat(stored.bytes()).isEqualTo(shorter);
        assertThat(stored.length()).isEqualTo(1_234);
    }

    @Test
    void aMissingKeyIsEmptyAndDoesNotExist() {
        MediaStorage storage = storage();
        assertThat(storage.get("images/none/320.webp")).isEmpty();
        assertThat(storage.exists("images/none/320.webp")).isFalse();

        storage.put("images/c3/320.webp", randomBytes(10, 5), "image/webp");

        assertThat(storage.exists("images/c3/320.webp")).isTrue();
        assertThat(storage.exists("images/c3/480.webp")).isFalse();
        assertThat(storage.get("images/c3/480.webp")).isEmpty();
        // a prefix of stored keys is not an object itself
        assertThat(storage.exists("images/c3")).isFalse();
        assertThat(storage.get("images/c3")).isEmpty();
    }

    @Test
    void deletePrefixRemovesExactlyTheObjectsUnderIt() {
        MediaStorage storage = storage();
        for (String key : List.of("images/d4/320.webp", "images/d4/640.webp", "images/d4/original.jpg",
                "images/d4/odd.bin", "images/d45/320.webp", "images/d5/320.webp", "other/d4/320.webp")) {
            storage.put(key, key.getBytes(StandardCharsets.UTF_8), key.endsWith(".bin") ? "application/x-odd" : "image/webp");
        }

        storage.deletePrefix("images/d4/");

        assertThat(storage.exists("images/d4/320.webp")).isFalse();
        assertThat(storage.exists("images/d4/640.webp")).isFalse();
        assertThat(storage.exists("images/d4/original.jpg")).isFalse();
        assertThat(storage.get("images/d4/odd.bin")).isEmpty();
        assertThat(storage.get("images/d45/320.webp").orElseThrow().bytes())
                .isEqualTo("images/d45/320.webp".getBytes(StandardCharsets.UTF_8));
        assertThat(storage.exists("images/d5/320.webp")).isTrue();
        assertThat(storage.exists("other/d4/320.webp")).isTrue();

        // the same key can be used again after its prefix was deleted
        storage.put("images/d4/320.webp", randomBytes(3, 6), "image/webp");
        assertThat(storage.get("images/d4/320.webp").orElseThrow().length()).isEqualTo(3);
    }

    @Test
    void deletePrefixMatchesKeysNotDirectories() {
        MediaStorage storage = storage();
        for (String key : List.of("images/f6/320.webp", "images/f6/3200.webp", "images/f6/640.webp", "images/f60/1.webp",
                "images/f7/1.webp")) {
            storage.put(key, randomBytes(8, key.hashCode()), "image/webp");
        }

        storage.deletePrefix("images/f6/32");
        assertThat(storage.exists("images/f6/320.webp")).isFalse();
        assertThat(storage.exists("images/f6/3200.webp")).isFalse();
        assertThat(storage.exists("images/f6/640.webp")).isTrue();

        storage.deletePrefix("images/f6");
        assertThat(storage.exists("images/f6/640.webp")).isFalse();
        assertThat(storage.exists("images/f60/1.webp")).isFalse();
        assertThat(storage.exists("images/f7/1.webp")).isTrue();
    }

    @Test
    void deletingAPrefixWithNothingUnderItIsFine() {
        MediaStorage storage = storage();
        storage.deletePrefix("images/nothing-here/");
        storage.deletePrefix("nowhere/at/all");

        storage.put("images/g7/1.webp", randomBytes(1, 7), "image/webp");
        storage.deletePrefix("images/g7/");
        storage.deletePrefix("images/g7/");
        assertThat(storage.exists("images/g7/1.webp")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../secret", "images/../../etc/passwd", "images/..", "images/./x.webp", "/images/a/1.webp",
            "images/A1/1.webp", "images/a1/1.WEBP", "images//1.webp", "images/a1/", "images\\a1\\1.webp",
            "images/a 1/1.webp", "images/a1/.hidden", "images/a1/ümlaut.webp", "images/a1/1.webp\n", "."})
    void invalidKeysAreRejectedEverywhere(String key) {
        MediaStorage storage = storage();
        assertThatIllegalArgumentException().isThrownBy(() -> storage.put(key, new byte[1], "image/webp"));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.get(key));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.exists(key));
        if (key == null || !key.endsWith("/") || key.startsWith("/") || key.contains("//")) {
            assertThatIllegalArgumentException().isThrownBy(() -> storage.deletePrefix(key));
        }
    }

    @Test
    void validKeysUseLowerCaseLettersDigitsDotsDashesAndUnderscores() {
        MediaStorage storage = storage();
        String key = "images/0a-b_c.d/x-1_2.3.webp";
        storage.put(key, randomBytes(4, 8), "image/webp");
        assertThat(storage.exists(key)).isTrue();
        assertThat(storage.get("top-level.webp")).isEmpty();
    }

    @Test
    void invalidContentTypesAndMissingBytesAreRejected() {
        MediaStorage storage = storage();
        assertThatIllegalArgumentException().isThrownBy(() -> storage.put("images/h8/1.webp", new byte[1], null));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.put("images/h8/1.webp", new byte[1], " "));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.put("images/h8/1.webp", new byte[1], "image/webp\r\nX-Evil: 1"));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.put("images/h8/1.webp", null, "image/webp"));
        assertThat(storage.exists("images/h8/1.webp")).isFalse();
    }

    @Test
    void aThreeMegabyteObjectRoundTrips() {
        MediaStorage storage = storage();
        byte[] large = randomBytes(3 * 1024 * 1024 + 17, 9);

        storage.put("images/i9/original.jpg", large, "image/jpeg");

        StoredObject stored = storage.get("images/i9/original.jpg").orElseThrow();
        assertThat(stored.length()).isEqualTo(large.length);
        assertThat(stored.bytes()).isEqualTo(large);
    }

    @Test
    void concurrentPutsOfDifferentKeysAllLand() throws Exception {
        MediaStorage storage = storage();
        int threads = 8;
        int perThread = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        // several threads write into the same "directory" at once
                        String key = "images/j" + (i % 2) + "/" + thread + "-" + i + ".webp";
                        storage.put(key, randomBytes(2_000 + thread * 100 + i, thread * 1000L + i), "image/webp");
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int thread = 0; thread < threads; thread++) {
            for (int i = 0; i < perThread; i++) {
                String key = "images/j" + (i % 2) + "/" + thread + "-" + i + ".webp";
                byte[] expected = randomBytes(2_000 + thread * 100 + i, thread * 1000L + i);
                assertThat(storage.get(key)).as(key)
                        .hasValueSatisfying(stored -> assertThat(stored.bytes()).isEqualTo(expected));
            }
        }
    }

    @Test
    void describesItself() {
        assertThat(storage().describe()).isNotBlank();
    }
}
