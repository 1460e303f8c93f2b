package news.dateline.pagecache;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A public page together with its surrogate keys: what page builders return, and what a controller returns for a
 * page that may be cached. The page cache takes the keys from this return value; the page itself is answered as
 * Spring MVC answers any other return value (a template with its model, a {@code ResponseEntity}, or nothing when the
 * handler wrote the response itself). A page returned without keys is not cached.
 *
 * @param page the page, or the answer made of it; null when the handler already wrote the response
 * @param keys what the page shows
 */
public record KeyedPage<P>(@Nullable P page, PageKeys keys) {

    /** The answer made of this page (e.g. a {@code ResponseEntity} of its bytes), with the same keys. */
    public <A> KeyedPage<A> map(Function<? super P, ? extends A> answer) {
        return new KeyedPage<>(page == null ? null : answer.apply(page), keys);
    }

    /** The page rendered by {@code template}, which receives it as {@code page}. */
    public KeyedPage<ModelAndView> view(String template) {
        return new KeyedPage<>(new ModelAndView(template, "page", page), keys);
    }
}
