package news.dateline.site.web;

import news.dateline.pagecache.KeyedPage;
import news.dateline.platform.Slug;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** Static pages: {@code /info/<slug>} and {@code /info/<parent-slug>/<slug>}, cached like every public page. */
@Controller
class InfoController {

    private final InfoPages pages;

    InfoController(InfoPages pages) {
        this.pages = pages;
    }

    @GetMapping("/info/{slug:" + Slug.ROUTE + "}")
    KeyedPage<ModelAndView> page(@PathVariable String slug) {
        return pages.page(null, slug).view("site/info");
    }

    @GetMapping("/info/{parent:" + Slug.ROUTE + "}/{slug:" + Slug.ROUTE + "}")
    KeyedPage<ModelAndView> child(@PathVariable String parent, @PathVariable String slug) {
        return pages.page(parent, slug).view("site/info");
    }
}
