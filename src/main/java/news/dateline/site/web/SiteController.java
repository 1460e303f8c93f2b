package news.dateline.site.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/** The public pages. Addresses: {@code /}, {@code /world}, {@code /world/<slug>}, {@code /people/<slug>}. */
@Controller
class SiteController {

    private static final String SLUG = news.dateline.platform.Slug.ROUTE;

    private final ListingPages listings;
    private final ArticlePages articles;

    SiteController(ListingPages listings, ArticlePages articles) {
        this.listings = listings;
        this.articles = articles;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", listings.home());
        return "site/home";
    }

    @GetMapping("/{section:" + SLUG + "}")
    String section(@PathVariable String section, Model model) {
        model.addAttribute("page", listings.section(section, 1));
        return "site/section";
    }

    @GetMapping("/{section:" + SLUG + "}/page/{page}")
    Object sectionPage(@PathVariable String section, @PathVariable String page, Model model) {
        model.addAttribute("page", listings.section(section, Paging.parse(page)));
        return "site/section";
    }

    @GetMapping("/{section:" + SLUG + "}/{slug:" + SLUG + "}")
    Object article(@PathVariable String section, @PathVariable String slug, Model model) {
        return switch (articles.page(section, slug)) {
            case ArticlePages.Show show -> {
                model.addAttribute("page", show.page());
                yield "site/article";
            }
            case ArticlePages.MovedTo moved -> permanentRedirect(moved.path());
        };
    }

    @GetMapping("/people/{slug:" + SLUG + "}")
    String person(@PathVariable String slug, Model model) {
        model.addAttribute("page", listings.person(slug, 1));
        return "site/person";
    }

    @GetMapping("/people/{slug:" + SLUG + "}/page/{page}")
    String personPage(@PathVariable String slug, @PathVariable String page, Model model) {
        model.addAttribute("page", listings.person(slug, Paging.parse(page)));
        return "site/person";
    }

    private static RedirectView permanentRedirect(String path) {
        RedirectView view = new RedirectView(path);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        view.setExposeModelAttributes(false);
        return view;
    }
}
