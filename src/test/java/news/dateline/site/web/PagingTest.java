package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.dateline.articles.ArticleListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Crawlable pagination: plain links, page 1 at the section's own address. */
class PagingTest {

    @Test
    void linksPointToNeighbouringPagesAndPageOneIsTheSectionFront() {
        Pagination first = Paging.of("/world", new ArticleListing(List.of(), 1, 12, 30));
        assertThat(first).isEqualTo(new Pagination(1, 3, null, "/world/page/2"));
        Pagination middle = Paging.of("/world", new ArticleListing(List.of(), 2, 12, 30));
        assertThat(middle).isEqualTo(new Pagination(2, 3, "/world", "/world/page/3"));
        Pagination last = Paging.of("/world", new ArticleListing(List.of(), 3, 12, 30));
        assertThat(last).isEqualTo(new Pagination(3, 3, "/world/page/2", null));
        assertThat(Paging.of("/world", new ArticleListing(List.of(), 1, 12, 5)).needed()).isFalse();
    }

    @Test
    void pageNumbersFromTheAddressAreTwoOrMore() {
        assertThat(Paging.parse("2")).isEqualTo(2);
        assertThat(Paging.parse("120")).isEqualTo(120);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "-2", "two", "2.5", "9999999", ""})
    void anythingElseIsNotFound(String text) {
        assertThatThrownBy(() -> Paging.parse(text)).isInstanceOf(NotFoundException.class);
    }
}
