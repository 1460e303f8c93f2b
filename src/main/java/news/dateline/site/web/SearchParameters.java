package news.dateline.site.web;

import news.dateline.pagecache.PageParameters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the page cache which query parameters public pages use (only search has any); others are not in its keys. */
@Configuration(proxyBeanMethods = false)
class SearchParameters {

    @Bean
    PageParameters searchPageParameters() {
        return new PageParameters("/search", SearchController.PARAMETERS);
    }
}
