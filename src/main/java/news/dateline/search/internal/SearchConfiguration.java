package news.dateline.search.internal;

import news.dateline.platform.DataDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This node's search index lives in {@code <data-dir>/search-index}. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    static final String DIRECTORY = "search-index";

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(DataDirectory data) {
        return SearchIndex.open(data.resolve(DIRECTORY));
    }
}
