package news.dateline.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.people.People;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.support.Browser;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser: the page reports its view and shows the count; the analytics pages draw their chart. */
class ViewsBrowserTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    ArticleViews views;
    @Autowired
    Accounts accounts;
    @Autowired
    java.time.Clock clock;

    private static void waitFor(ChromeDriver browser, java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> condition.apply(browser));
    }

    @Test
    void aReadersBrowserCountsTheViewAndShowsTheNewCount() {
        String slug = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        Section section = sections.create("Readers " + slug.substring(7), slug, 91);
        long byline = people.create("Reporter " + slug, null, "", null).id();
        Article story = workflow.publish(articles.file(new NewArticle("Read in a browser " + slug, null, "Standfirst.",
                "Body.", section.id(), List.of(byline), List.of(), null)).id());
        ChromeDriver browser = Browser.driver();
        browser.get(url("/"));
        browser.manage().deleteAllCookies();
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"));
        try {
            browser.get(url(section.path() + "/" + story.slug()));
            waitFor(browser, b -> b.findElement(By.cssSelector(".views span")).getText().equals("1 View"));
            views.flush();
            browser.navigate().refresh();
            waitFor(browser, b -> b.findElement(By.cssSelector(".views span")).getText().equals("1 View"));
            assertThat(views.total(story.id())).as("a reload is not a second reader").isEqualTo(1);
        } finally {
            browser.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", ""));
        }
        browser.get(url(section.path() + "/" + story.slug()));
        assertThat(browser.findElement(By.cssSelector(".views span")).getText())
                .as("a headless browser is a bot: shown the count, not counted").isEqualTo("1 View");
        views.flush();
        assertThat(views.total(story.id())).isEqualTo(1);
    }

    @Test
    void theAnalyticsPagesDrawAnAccessibleChart() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        ChromeDriver browser = Browser.signIn(url("/newsroom/login"), editor);

        browser.findElement(By.linkText("Analytics")).click();
        waitFor(browser, b -> b.getCurrentUrl().contains("/newsroom/analytics"));
        var chart = browser.findElement(By.cssSelector("svg.nr-chart-svg[role=img]"));
        assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo("Views across the site, last 7 days");
        assertThat(chart.findElements(By.cssSelector("rect.nr-chart-bar"))).hasSize(calendarDaysInTheLastSevenDays());
        assertThat(browser.findElements(By.cssSelector("table.nr-table tbody tr")).size()).isGreaterThan(5);
        Browser.screenshot("newsroom-analytics", 1280);
        Browser.screenshot("newsroom-analytics", 390);

        browser.findElement(By.cssSelector("table.nr-table tbody tr td a")).click();
        waitFor(browser, b -> b.getCurrentUrl().contains("/newsroom/analytics/stories/"));
        browser.findElement(By.linkText("Today")).click();
        waitFor(browser, b -> b.getCurrentUrl().contains("period=today"));
        assertThat(browser.findElement(By.cssSelector(".nr-tabs a[aria-current=page]")).getText()).isEqualTo("Today");
        assertThat(browser.findElements(By.cssSelector("rect.nr-chart-bar"))).isNotEmpty();
        Browser.screenshot("newsroom-story-analytics", 1280);
        Browser.screenshot("newsroom-story-analytics", 390);
    }

    /**
     * The last 7 days are the 168 hours up to now, which touch 8 calendar days in the site's zone, or 7 when the
     * application's clock (moved by other tests) reads the last hour of a day.
     */
    private int calendarDaysInTheLastSevenDays() {
        var zone = java.time.ZoneId.of("Europe/London");
        var now = clock.instant();
        long firstHour = news.dateline.views.ViewPeriod.LAST_7_DAYS.firstHour(now, zone);
        var first = java.time.LocalDate.ofInstant(java.time.Instant.ofEpochMilli(firstHour * 3_600_000L), zone);
        return (int) java.time.temporal.ChronoUnit.DAYS.between(first, java.time.LocalDate.ofInstant(now, zone)) + 1;
    }
}
