package news.dateline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page keys are a value: collected in order by a builder, handed over once, combined without changing either. */
class PageKeysTest {

    @Test
    void aBuilderCollectsKeysInTheOrderTheyAreNamedOnce() {
        var keys = PageKeys.builder().add(PageKeys.STORIES).story(7, 2, List.of(5L, 6L)).sectionStories(2)
                .add(PageKeys.article(7)).personStories(5).build();
        assertThat(keys.names()).containsExactly("stories", "article-7", "section-2", "person-5", "person-6",
                "section-stories-2", "section-stories", "person-stories-5", "person-stories");
    }

    @Test
    void aBuiltPageCarriesItsKeysAndTheBuilderIsSpent() {
        var builder = PageKeys.builder().add(PageKeys.SEARCH);
        KeyedPage<String> page = builder.page("results");
        assertThat(page.page()).isEqualTo("results");
        assertThat(page.keys()).isEqualTo(PageKeys.of("search"));
        assertThatThrownBy(() -> builder.add(PageKeys.TODAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> page.keys().names().add("today")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withAndPlusMakeNewKeys() {
        var site = PageKeys.of(PageKeys.SITE);
        var more = site.with(PageKeys.TODAY).plus(PageKeys.of(PageKeys.SECTIONS, PageKeys.SITE));
        assertThat(more.names()).containsExactly("site", "today", "sections");
        assertThat(site.names()).containsExactly("site");
        assertThat(PageKeys.builder().build()).isSameAs(PageKeys.NONE);
        assertThat(PageKeys.NONE.isEmpty()).isTrue();
    }

    @Test
    void aKeyedPageBecomesItsAnswerWithTheSameKeys() {
        var keys = PageKeys.of(PageKeys.STORIES);
        var answer = keys.on("feed").map(String::length);
        assertThat(answer.page()).isEqualTo(4);
        assertThat(answer.keys()).isSameAs(keys);
        var written = keys.<String>on(null).map(String::length);
        assertThat(written.page()).isNull();
        var view = keys.on("page").view("site/home");
        assertThat(view.page().getViewName()).isEqualTo("site/home");
        assertThat(view.page().getModel()).containsEntry("page", "page");
    }
}
