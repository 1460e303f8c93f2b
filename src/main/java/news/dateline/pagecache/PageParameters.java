package news.dateline.pagecache;

import java.util.List;

/**
 * The query parameters a public page uses, declared as a bean by the module that serves it: the page cache keys that
 * page by these parameters only. Every other parameter (tracking tags such as {@code utm_source}, made-up ones) is
 * left out of the key, so it neither makes a new cache entry nor bypasses the cache. A page without a declaration
 * uses no query parameters at all.
 *
 * @param path  the page's exact path, e.g. {@code /search}
 * @param names the parameters the page reads
 */
public record PageParameters(String path, List<String> names) {

    public PageParameters {
        names = List.copyOf(names);
    }
}
