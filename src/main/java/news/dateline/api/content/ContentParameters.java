package news.dateline.api.content;

import news.dateline.pagecache.PageParameters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the page cache which query parameters the Content API's lists read, so it keys their answers by these alone
 * (the {@code key} parameter is not one: every reader app gets the same public content).
 */
@Configuration(proxyBeanMethods = false)
class ContentParameters {

    @Bean
    PageParameters contentStoriesParameters() {
        return new PageParameters("/api/v1/stories", ContentStoriesController.LIST_PARAMETERS);
    }

    @Bean
    PageParameters contentByPathParameters() {
        return new PageParameters("/api/v1/stories/by-path", java.util.List.of("path"));
    }

    @Bean
    PageParameters contentSearchParameters() {
        return new PageParameters("/api/v1/search", ContentSearchController.PARAMETERS);
    }
}
