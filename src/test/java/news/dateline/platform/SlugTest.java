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
            "Élysée & Downing St. | elysee-downing-st"
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
    @ValueSource(strings = {"", "UPPER", "two--hyphens", "-leading", "trailing-", "sp ace", "../etc", "ünïcode"})
    void rejectsInvalidSlugs(String text) {
        assertThat(Slug.isValid(text)).isFalse();
        assertThatThrownBy(() -> new Slug(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTextWithoutLettersOrDigits() {
        assertThatThrownBy(() -> Slug.from("!!! ???")).hasMessageContaining("no letters or digits");
    }
}
