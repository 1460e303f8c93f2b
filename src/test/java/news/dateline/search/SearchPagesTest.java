package news.dateline.search;

import static news.dateline.search.SearchFixtures.awaitFound;
import static news.dateline.search.SearchFixtures.newsroom;
import static news.dateline.search.SearchFixtures.readers;
import static news.dateline.search.SearchFixtures.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.Staff;
import news.dateline.sections.Sections;
import news.dateline.support.Newsdesk;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The public search page, the OpenSearch description, and the staff-only newsroom search, over HTTP. */
class SearchPagesTest extends SiteTest {

    @Autowired
    ArticleSearch search;
    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    Accounts accounts;

    private Newsdesk desk;
    private long byline;

    @org.junit.jupiter.api.BeforeEach
    void setUp(@Autowired news.dateline.people.People people) {
        byline = people.all().get(0).id();
        desk = new Newsdesk(articles, workflow, sections, people, new Staff(accounts.all().get(0).id(), "Search Test"));
    }

    private static List<String> htmlErrorsIn(String html) {
        try {
            var validator = new nu.validator.client.EmbeddedValidator();
            validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
            String report = validator.validate(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            return report.lines().filter(line -> line.contains("error:") || line.contains("fatal")).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theSearchPageShowsHighlightedResultsWithSectionBylineAndDate() {
        String word = uniqueWord();
        long world = desk.section().id(); // the tests' own section: the demo fronts keep their stories
        Article story = desk.publishedAsOf(world, "Tram line " + word + " approved",
                "The city council approved the tram line. Work on the " + word + " route starts in spring.",
                List.of(byline), Instant.now().minus(Duration.ofHours(1)));
        awaitFound(search, readers(word), List.of(story.id()));
        var response = get("/search?q=" + enc(word));
        assertThat(response.statusCode()).isEqualTo(200);
        var doc = Jsoup.parse(response.body());
        assertThat(doc.select(".search-summary").text()).contains("1 result");
        var result = doc.selectFirst(".search-result");
        assertThat(result.select(".card-title a").attr("href")).isEqualTo("/wire-desk/" + story.slug());
        assertThat(result.select(".card-section").text()).isEqualTo("Wire desk");
        assertThat(result.select(".search-snippet mark").text()).isEqualToIgnoringCase(word);
        assertThat(result.select("time").attr("datetime")).isNotBlank();
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex, follow");
    }

    @Test
    void theSeedStoryIsFoundByAMisspeltName() {
        var doc = Jsoup.parse(get("/search?q=" + enc("Sobyanim drones")).body());
        assertThat(doc.select(".search-result .card-title").text()).contains("Moscow");
    }

    @Test
    void everyPageOffersSearchAndTheOpenSearchDescriptionIsServed() {
        for (String path : List.of("/", "/world", "/search")) {
            var doc = Jsoup.parse(get(path).body());
            assertThat(doc.select("link[rel=search][type=application/opensearchdescription+xml]").attr("href"))
                    .as(path).isEqualTo("/opensearch.xml");
            assertThat(doc.select("header form[role=search][action=/search] input[name=q]")).as(path).hasSize(1);
        }
        var xml = get("/opensearch.xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/opensearchdescription+xml");
        assertThat(xml.body()).contains("<OpenSearchDescription", "template=\"http://localhost:8080/search?q={searchTerms}\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced quote", "*:*", "field:", "headline:(moscow", "\\", "&& || !", "~2^3",
            "\"\"", "   ", "<script>alert(1)</script>", "%", "the", "AND OR NOT"})
    void oddQueriesGiveResultsOrAFriendlyMessage(String query) {
        var response = get("/search?q=" + enc(query));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Exception", "<script>alert(1)</script>");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Search");
    }

    @Test
    void tenKilobytesOfTextAndNonsenseParametersStillGiveAPage() {
        var response = get("/search?q=" + enc("moscow ".repeat(1500)) + "&page=abc&from=yesterday&to=2025-13-45&sort=x&section=..%2F");
        assertThat(response.statusCode()).isEqualTo(200);
        var doc = Jsoup.parse(response.body());
        assertThat(doc.select(".search-notice").text()).contains("first 200 characters", "not understood");
        assertThat(get("/search?q=moscow&page=99999").statusCode()).isEqualTo(200);
        assertThat(get("/search?q=moscow&page=-1").statusCode()).isEqualTo(200);
    }

    @Test
    void draftsAreFoundOnlyInTheNewsroomAndOnlyBySignedInStaff() {
        String word = uniqueWord();
        long world = desk.section().id();
        Article secret = desk.draft(world, "Draft about " + word, "", "Not for readers yet.", List.of(byline), List.of());
        awaitFound(search, newsroom(word), List.of(secret.id()));

        assertThat(get("/search?q=" + word).body()).doesNotContain("Draft about");
        var anonymous = get("/newsroom/search?q=" + word);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/newsroom/login");

        NewsroomClient editor = new NewsroomClient(port);
        editor.signIn(TestAccounts.create(accounts, Role.EDITOR, null).username(), TestAccounts.PASSWORD);
        var found = editor.get("/newsroom/search?q=" + word);
        assertThat(found.statusCode()).isEqualTo(200);
        var doc = Jsoup.parse(found.body());
        assertThat(doc.select(".nr-story-title").text()).isEqualTo("Draft about " + word);
        assertThat(doc.select(".nr-chip").text()).isEqualTo("Draft");
        assertThat(editor.get("/newsroom/search?q=" + enc("*:* \"")).statusCode()).isEqualTo(200);
        assertThat(htmlErrorsIn(found.body())).as("Nu Html Checker on the newsroom search").isEmpty();
        assertThat(htmlErrorsIn(editor.get("/newsroom/search").body())).isEmpty();
    }
}
