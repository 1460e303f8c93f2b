package news.dateline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import news.dateline.accounts.Accounts;
import news.dateline.articles.Articles;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import news.dateline.support.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The page and every machine-readable channel give a story the same publication instant. */
class DatesAgreeTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;

    @Test
    void thePublicationTimeIsTheSameInstantEverywhere() throws Exception {
        var desk = newsdesk();
        var reporter = desk.reporter();
        var story = desk.published("Dated story", desk.section(), reporter);
        Instant expected = story.firstPublishedAt().truncatedTo(ChronoUnit.SECONDS);
        ZoneId london = ZoneId.of("Europe/London");

        var page = Jsoup.parse(get(desk.path(story)).body());
        assertThat(OffsetDateTime.parse(page.selectFirst("time.published").attr("datetime")).toInstant()).isEqualTo(expected);
        assertThat(page.selectFirst("time.published").text()).isEqualTo("Published On "
                + DateTimeFormatter.ofPattern("EEE, dd MMM yyyy", Locale.ENGLISH).format(expected.atZone(london)));
        var jsonLd = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(OffsetDateTime.parse(jsonLd.get("@graph").get(0).get("datePublished").asString()).toInstant()).isEqualTo(expected);
        assertThat(OffsetDateTime.parse(page.selectFirst("meta[property=article:published_time]").attr("content")).toInstant())
                .isEqualTo(expected);

        var rss = FeedsTest.rss(get("/feeds/people/" + reporter.slug() + "/rss.xml").body());
        assertThat(rss.getItems().get(0).getPubDate().toInstant()).isEqualTo(expected);
        var atom = FeedsTest.atom(get("/feeds/people/" + reporter.slug() + "/atom.xml").body());
        assertThat(atom.getEntries().get(0).getPublished().toInstant()).isEqualTo(expected);

        String news = get("/sitemaps/news.xml").body();
        var newsDate = Pattern.compile(Pattern.quote(story.slug()) + "</loc>.*?<news:publication_date>([^<]+)<").matcher(news);
        assertThat(newsDate.find()).isTrue();
        assertThat(OffsetDateTime.parse(newsDate.group(1)).toInstant()).isEqualTo(expected);

        String month = get("/sitemaps/articles-" + YearMonth.from(expected.atZone(london)) + ".xml").body();
        var lastmod = Pattern.compile(Pattern.quote(story.slug()) + "</loc><lastmod>([^<]+)<").matcher(month);
        assertThat(lastmod.find()).isTrue();
        assertThat(OffsetDateTime.parse(lastmod.group(1)).toInstant()).isEqualTo(expected);
    }
}
