package news.dateline.site.web;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.platform.SiteSettings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Public search ({@code /search?q=}) and the OpenSearch description that lets browsers add it. */
@Controller
class SearchController {

    /** Every query parameter {@link #search} reads: the page cache keys result pages by these alone. */
    static final java.util.List<String> PARAMETERS = java.util.List.of("q", "section", "person", "from", "to", "sort", "page");

    static final MediaType OPENSEARCH = MediaType.parseMediaType("application/opensearchdescription+xml;charset=UTF-8");

    private final SearchPages pages;
    private final SiteSettings settings;

    SearchController(SearchPages pages, SiteSettings settings) {
        this.pages = pages;
        this.settings = settings;
    }

    /** Result pages are not for search engines to index (they are told by header; links on them may be followed). */
    @GetMapping("/search")
    KeyedPage<ModelAndView> search(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) String section,
                                   @RequestParam(required = false) String person,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String sort,
                                   @RequestParam(required = false) String page, HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, follow");
        return pages.page(new SearchForm(q, section, person, from, to, sort, page)).view("site/search");
    }

    @GetMapping("/opensearch.xml")
    KeyedPage<ResponseEntity<String>> openSearch() {
        String name = xml(settings.name());
        String shortName = xml(settings.name().length() > 16 ? settings.name().substring(0, 16) : settings.name());
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>%s</ShortName>
                  <Description>Search the stories of %s</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <Url type="text/html" method="get" template="%s"/>
                  <Url type="application/opensearchdescription+xml" rel="self" template="%s"/>
                </OpenSearchDescription>
                """.formatted(shortName, name, xml(settings.absolute("/search?q={searchTerms}")),
                xml(settings.absolute("/opensearch.xml")));
        return PageKeys.of(PageKeys.SITE).on(ResponseEntity.ok().contentType(OPENSEARCH).body(xml));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
