package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Xi Jinping arrived in Moscow to show support for Putin | xi-jinping-arrived-in-moscow-to-show-support-for-putin",
            "Zürich's Café Größe: 3 Ärzte! | zurichs-cafe-grosse-3-arzte",
            "  --Hello,   World--  | hello-world",
            "Putin’s “Victory Day” parade | putins-victory-day-parade",
            "Élysée & Downing St. | elysee-downing-st",
            "Ελλάδα 2026 | ellada-2026",
            "Москва готовится к параду | moskva-gotovitsa-k-paradu",
            "北京 | 北京",
            "北京奥运会开幕 2026 | 北京奥运会开幕-2026",
            "مرحبا بالعالم | مرحبا-بالعالم",
            "القاهرةُ تستضيفُ القمّة | القاهرة-تستضيف-القمة",
            "שָׁלוֹם ירושלים | שלום-ירושלים",
            "東京オリンピック、開幕 | 東京オリンピック-開幕",
            "Ｔｏｋｙｏ ２０２６ | tokyo-2026",
            "नमस्ते दुनिया | नमस्ते-दुनिया"
    })
    void derivesReadableSlugsFromHeadlines(String headline, String expected) {
        assertThat(Slug.from(headline).value()).isEqualTo(expected);
    }

    @Test
    void longHeadlinesAreCutAtAWordBoundary() {
        String headline = "word ".repeat(60);
        Slug slug = Slug.from(headline);
        assertThat(slug.value().length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(slug.value()).endsWith("word").doesNotEndWith("-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UPPER", "two--hyphens", "-leading", "trailing-", "sp ace", "../etc", "Üñïcode", "e\u0301", "北京--x", "a/b", "%E5%8C%97"})
    void rejectsInvalidSlugs(String text) {
        assertThat(Slug.isValid(text)).isFalse();
        assertThatThrownBy(() -> new Slug(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!! ???", "🎉🎉", "", "  ", "—"})
    void nothingUsableLeftIsAnEmptyDerivationNotAnError(String text) {
        assertThat(Slug.derive(text)).isEmpty();
        assertThatThrownBy(() -> Slug.from(text)).hasMessageContaining("no letters or digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"北京", "ellada-2026", "مرحبا-بالعالم", "東京オリンピック-開幕", "é", "नमस्ते-दुनिया"})
    void acceptsUnicodeSlugs(String text) {
        assertThat(Slug.isValid(text)).isTrue();
    }

    @Test
    void encodesForAddressesAndNormalizesWhatIsRequested() {
        assertThat(Slug.encode("hello-world")).isEqualTo("hello-world");
        assertThat(Slug.encode("北京")).isEqualTo("%E5%8C%97%E4%BA%AC");
        assertThat(Slug.normalize("%E5%8C%97%E4%BA%AC")).isEqualTo("北京");
        assertThat(Slug.normalize("e\u0301")).isEqualTo("é");
        assertThat(Slug.normalize("Hello-World")).isEqualTo("hello-world");
    }

    @Test
    void longUnicodeHeadlinesAreCutWithoutSplittingACharacter() {
        Slug slug = Slug.from("𠀀".repeat(100));
        assertThat(slug.value().length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(slug.value().codePoints()).allMatch(cp -> cp == 0x20000);
    }
}
