package news.dateline.pagecache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderKeysTest {

    @Test
    void aPageWithFewKeysSendsThemAll() {
        var keys = new LinkedHashSet<>(List.of("article-1", "section-2", "person-3", "image-4", "section-stories-2", "today"));
        assertThat(HeaderKeys.of(keys)).isEqualTo("article-1 section-2 person-3 image-4 section-stories-2 today");
    }

    @Test
    void aPageWithTooManyKeysSendsFamiliesThatEveryMatchingChangePurges() {
        Set<String> keys = new LinkedHashSet<>(List.of("stories", "section-stories-9", "person-stories-4", "most-read"));
        for (int i = 0; i < 400; i++) {
            keys.addAll(List.of("article-" + i, "person-" + i, "image-" + i, "section-" + (i % 50)));
        }
        String header = HeaderKeys.of(keys);
        assertThat(header.length()).isLessThanOrEqualTo(HeaderKeys.BUDGET);
        assertThat(header.split(" ")).containsExactlyInAnyOrder("stories", "section-stories-9", "person-stories-4",
                "most-read", "bylines", "images", "sections");
        // every key a change to one of those things purges is still there
        var changes = new ChangeKeys(null);
        assertThat(changes.of(news.dateline.platform.ChangeKind.PERSON, 17)).contains("bylines");
        assertThat(changes.of(news.dateline.platform.ChangeKind.IMAGE, 17)).contains("images");
        assertThat(changes.of(news.dateline.platform.ChangeKind.SECTION, 17)).contains("sections");
    }
}
