package news.dateline.site.web;

import news.dateline.pagecache.KeyedPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public pages. Addresses: {@code /}, {@code /world}, {@code /world/<slug>}, {@code /people/<slug>}. Each page is
 * returned with its surrogate keys, so the page cache may keep it.
 */
@Controller
class SiteController {

    private static final String SLUG = news.dateline.platform.Slug.ROUTE;

    private final ListingPages listings;
    private final ArticlePages articles;
    private final OldAddressRedirects oldAddresses;

    SiteController(ListingPages listings, ArticlePages articles, OldAddressRedirects oldAddresses) {
        this.listings = listings;
        this.articles = articles;
        this.oldAddresses = oldAddresses;
    }

    @GetMapping("/")
    KeyedPage<ModelAndView> home() {
        return listings.home().view("site/home");
    }

    /** An imported WordPress site's addresses ({@code /?p=43}, {@code ?page_id=}, {@code ?cat=}...): a 301, else home. */
    @GetMapping(path = "/", params = "p")
    ModelAndView oldPost(jakarta.servlet.http.HttpServletRequest request) {
        return oldAddresses.redirect(request).orElseGet(() -> new ModelAndView(new RedirectView("/")));
    }

    @GetMapping(path = "/", params = "page_id")
    ModelAndView oldPage(jakarta.servlet.http.HttpServletRequest request) {
        return oldPost(request);
    }

    @GetMapping(path = "/", params = "cat")
    ModelAndView oldCategory(jakarta.servlet.http.HttpServletRequest request) {
        return oldPost(request);
    }

    @GetMapping(path = "/", params = "tag")
    ModelAndView oldTag(jakarta.servlet.http.HttpServletRequest request) {
        return oldPost(request);
    }

    @GetMapping(path = "/", params = "author")
    ModelAndView oldAuthor(jakarta.servlet.http.HttpServletRequest request) {
        return oldPost(request);
    }

    @GetMapping("/{section:" + SLUG + "}")
    KeyedPage<ModelAndView> section(@PathVariable String section) {
        return listings.section(section, 1).view("site/section");
    }

    @GetMapping("/{section:" + SLUG + "}/page/{page}")
    KeyedPage<ModelAndView> sectionPage(@PathVariable String section, @PathVariable String page) {
        return listings.section(section, Paging.parse(page)).view("site/section");
    }

    @GetMapping("/{section:" + SLUG + "}/{slug:" + SLUG + "}")
    Object article(@PathVariable String section, @PathVariable String slug) {
        return switch (articles.page(section, slug)) {
            case ArticlePages.Show show -> show.page().view("site/article");
            case ArticlePages.MovedTo moved -> permanentRedirect(moved.path());
        };
    }

    @GetMapping("/people/{slug:" + SLUG + "}")
    KeyedPage<ModelAndView> person(@PathVariable String slug) {
        return listings.person(slug, 1).view("site/person");
    }

    @GetMapping("/people/{slug:" + SLUG + "}/page/{page}")
    KeyedPage<ModelAndView> personPage(@PathVariable String slug, @PathVariable String page) {
        return listings.person(slug, Paging.parse(page)).view("site/person");
    }

    private static RedirectView permanentRedirect(String path) {
        RedirectView view = new RedirectView(path);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        view.setExposeModelAttributes(false);
        return view;
    }
}
