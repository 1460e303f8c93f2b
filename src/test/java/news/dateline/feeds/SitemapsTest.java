package news.dateline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import news.dateline.articles.Articles;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import news.dateline.support.MutableClock;
import news.dateline.support.Newsdesk;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** robots.txt, the sitemap index and every sitemap, validated against the sitemaps.org schemas. */
class SitemapsTest extends SiteTest {

    static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @Autowired
    Articles articles;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    news.dateline.accounts.Accounts accounts;
    @Autowired
    MutableClock clock;

    private Newsdesk desk() {
        return newsdesk();
    }

    private String xml(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/xml;charset=UTF-8");
        return response.body();
    }

    static String path(String absolute) {
        assertThat(absolute).startsWith("http://localhost:8080/");
        return URI.create(absolute).getPath();
    }

    @Test
    void robotsTxtPointsToTheSitemapIndexAndTheNewsSitemap() {
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *", "Disallow: /newsroom/",
                "Sitemap: http://localhost:8080/sitemap.xml", "Sitemap: http://localhost:8080/sitemaps/news.xml");
    }

    @Test
    void theIndexAndEverySitemapItListsAreValid() {
        var desk = desk();
        desk.published("Sitemapped story", desk.section(), desk.reporter());

        String index = xml("/sitemap.xml");
        assertThat(SitemapSchemas.problems(SitemapSchemas.INDEX, index)).isEmpty();
        List<String> sitemaps = FeedsTest.all(LOC, index);
        String month = YearMonth.from(clock.instant().atZone(ZoneId.of("Europe/London"))).toString();
        assertThat(sitemaps).contains("http://localhost:8080/sitemaps/pages.xml", "http://localhost:8080/sitemaps/people.xml",
                "http://localhost:8080/sitemaps/news.xml", "http://localhost:8080/sitemaps/articles-2025-05.xml",
                "http://localhost:8080/sitemaps/articles-" + month + ".xml");
        for (String sitemap : sitemaps) {
            String body = xml(path(sitemap));
            assertThat(SitemapSchemas.problems(SitemapSchemas.URLSET, body)).as(sitemap).isEmpty();
            assertThat(FeedsTest.all(LOC, body)).as(sitemap).isNotEmpty().doesNotHaveDuplicates()
                    .allSatisfy(loc -> assertThat(get(path(loc)).statusCode()).as(loc).isEqualTo(200));
        }
        assertThat(xml("/sitemaps/articles-2025-05.xml")).contains("<url><loc>http://localhost:8080/world/"
                + "xi-jinping-arrived-in-moscow-to-show-support-for-putin</loc><lastmod>2025-05-08T07:30:00+01:00</lastmod></url>");
        assertThat(xml("/sitemaps/pages.xml")).contains("<loc>http://localhost:8080/</loc>", "<loc>http://localhost:8080/world</loc>");
    }

    @Test
    void theSchemaCatchesAnInvalidNewsEntry() {
        String missingTitle = """
                <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://localhost:8080/world/a</loc>\
                <news:news><news:publication><news:name>Dateline</news:name><news:language>en</news:language>\
                </news:publication><news:publication_date>2025-05-08T07:30:00+01:00</news:publication_date>\
                </news:news></url></urlset>""";
        assertThat(SitemapSchemas.problems(SitemapSchemas.URLSET, missingTitle)).isNotEmpty();
    }

    @Test
    void theNewsSitemapHoldsOnlyTheLast48HoursWithPublicationLanguageTitleAndDate() {
        var desk = desk();
        var reporter = desk.reporter();
        var fresh = desk.published("Fresh news", desk.section(), reporter);
        var old = desk.publishedAt("Old news", desk.section(), reporter, clock.instant().minus(Duration.ofHours(49)));

        String news = xml("/sitemaps/news.xml");

        assertThat(SitemapSchemas.problems(SitemapSchemas.URLSET, news)).isEmpty();
        assertThat(news).contains("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"");
        assertThat(news).contains("<loc>http://localhost:8080" + desk.path(fresh) + "</loc>")
                .doesNotContain(old.slug()).doesNotContain("xi-jinping-arrived-in-moscow-to-show-support-for-putin</loc>"); // the seed story (2025); imports may add a namesake of today
        List<String> urls = FeedsTest.all(Pattern.compile("(<url>.*?</url>)"), news);
        assertThat(urls).hasSizeBetween(1, 1000).allSatisfy(url -> {
            assertThat(url).contains("<news:publication><news:name>Dateline</news:name><news:language>en</news:language></news:publication>");
            assertThat(url).containsPattern("<news:title>[^<]+</news:title>");
            String date = FeedsTest.all(Pattern.compile("<news:publication_date>([^<]+)</news:publication_date>"), url).get(0);
            assertThat(FeedsTest.RFC_3339.matcher(date).matches()).isTrue();
            // the sitemap writes whole seconds: a story first published within the same second as the window's
            // start shows that second
            assertThat(OffsetDateTime.parse(date).toInstant()).isAfterOrEqualTo(
                    clock.instant().minus(Duration.ofHours(48)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
        assertThat(news).contains("<news:title>" + fresh.headline() + "</news:title>");
    }

    @Test
    void thePeopleSitemapListsPeopleWithPublicStoriesOnly() {
        var desk = desk();
        var writer = desk.reporter();
        var idle = desk.reporter();
        desk.published("By a writer", desk.section(), writer);

        String body = xml("/sitemaps/people.xml");

        assertThat(body).contains("<loc>http://localhost:8080/people/" + writer.slug() + "</loc>")
                .doesNotContain(idle.slug());
    }

    @Test
    void unknownSitemapsAre404() {
        for (String path : List.of("/sitemaps/articles-2025-13.xml", "/sitemaps/articles-1990-01.xml",
                "/sitemaps/articles-2025-05-2.xml", "/sitemaps/articles-2025-5.xml", "/sitemaps/other.xml",
                "/sitemaps/articles-2025-05-1.xml", "/sitemaps/articles-2025-00.xml")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Exception");
        }
    }
}
