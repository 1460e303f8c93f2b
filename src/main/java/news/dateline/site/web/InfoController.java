package news.dateline.site.web;

import news.dateline.pages.StaticPages;
import news.dateline.platform.Slug;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Static pages: {@code /info/<slug>} and {@code /info/<parent-slug>/<slug>}, cached like every public page; a page's
 * earlier address (its slug changed) answers with a 301 to the current one.
 */
@Controller
class InfoController {

    private final InfoPages pages;
    private final StaticPages staticPages;

    InfoController(InfoPages pages, StaticPages staticPages) {
        this.pages = pages;
        this.staticPages = staticPages;
    }

    @GetMapping("/info/{slug:" + Slug.ROUTE + "}")
    Object page(@PathVariable String slug) {
        return show(null, slug);
    }

    @GetMapping("/info/{parent:" + Slug.ROUTE + "}/{slug:" + Slug.ROUTE + "}")
    Object child(@PathVariable String parent, @PathVariable String slug) {
        return show(parent, slug);
    }

    private Object show(@Nullable String parent, String slug) {
        try {
            return pages.page(parent, slug).view("site/info");
        } catch (NotFoundException e) {
            return staticPages.movedTo(parent, slug).map(path -> {
                RedirectView view = new RedirectView(path);
                view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
                view.setExposeModelAttributes(false);
                return view;
            }).orElseThrow(() -> e);
        }
    }
}
