package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "he", "fa", "ur", "ar-EG", "az-Arab", "yi"})
    void rightToLeftLanguagesAndScripts(String tag) {
        assertThat(Language.isRightToLeft(tag)).isTrue();
        assertThat(Language.direction(tag)).isEqualTo("rtl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "ja", "ru", "el", "hi", "", "not a tag", "ku-Latn"})
    void leftToRightLanguages(String tag) {
        assertThat(Language.isRightToLeft(tag)).isFalse();
        assertThat(Language.direction(tag)).isEqualTo("ltr");
    }

    @Test
    void storiesMayBeInTheKnownLanguagesAndTheSitesOwnWhicheverCaseIsTyped() {
        assertThat(Language.find("ZH-hans", "en")).get().extracting(Language::tag).isEqualTo("zh-Hans");
        assertThat(Language.find("en-GB", "en-GB")).get().extracting(Language::tag).isEqualTo("en-GB");
        assertThat(Language.known("en-GB").get(0).tag()).isEqualTo("en-GB");
        assertThat(Language.find("tlh", "en")).isEmpty();
        assertThat(Language.find(null, "en")).isEmpty();
    }
}
