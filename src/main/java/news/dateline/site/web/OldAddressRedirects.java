package news.dateline.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import news.dateline.articles.Articles;
import news.dateline.feeds.FeedAddresses;
import news.dateline.imports.OldAddress;
import news.dateline.imports.OldAddresses;
import news.dateline.pages.StaticPages;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Old addresses of imported sites (ADR 0022): a GET that would be a 404, or the home page asked with {@code ?p=43},
 * answers with a 301 to the current address of what it named, worked out now (a story moved since still lands).
 */
@Component
class OldAddressRedirects {

    private final OldAddresses oldAddresses;
    private final Articles articles;
    private final Sections sections;
    private final People people;
    private final StaticPages pages;

    OldAddressRedirects(OldAddresses oldAddresses, Articles articles, Sections sections, People people,
                        StaticPages pages) {
        this.oldAddresses = oldAddresses;
        this.articles = articles;
        this.sections = sections;
        this.people = people;
        this.pages = pages;
    }

    /** A 301 to where the requested old address now is, if it is one. */
    Optional<ModelAndView> redirect(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        Map<String, String> query = new HashMap<>();
        for (String key : OldAddresses.QUERY_KEYS) {
            String value = request.getParameter(key);
            if (value != null) {
                query.put(key, value);
            }
        }
        String path = request.getRequestURI();
        return oldAddresses.find(path == null ? "/" : path, query).flatMap(this::address).map(address -> {
            RedirectView view = new RedirectView(address);
            view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            view.setExposeModelAttributes(false);
            return new ModelAndView(view);
        });
    }

    private Optional<String> address(OldAddress target) {
        return switch (target.kind()) {
            case STORY -> articles.byId(target.id()).flatMap(article -> sections.byId(article.sectionId())
                    .map(section -> StoryCards.path(section, article)));
            case PAGE -> pages.byId(target.id()).map(pages::path);
            case SECTION -> sections.byId(target.id()).map(section -> section.path());
            case PERSON -> people.byId(target.id()).map(person -> person.path());
            case TAG -> Optional.of("/search?q=" + URLEncoder.encode(target.name(), StandardCharsets.UTF_8));
            case FEED -> Optional.of(target.name().isBlank() ? FeedAddresses.siteRss() : FeedAddresses.sectionRss(target.name()));
        };
    }
}
