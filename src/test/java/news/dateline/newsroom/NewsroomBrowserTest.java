package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.articles.PublishedStories;
import news.dateline.people.People;
import news.dateline.platform.SiteSettings;
import news.dateline.support.Browser;
import news.dateline.support.MutableClock;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The newsroom in a real browser: writing, editing, publishing, and what readers then see. */
class NewsroomBrowserTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Articles articles;
    @Autowired
    PublishedStories published;
    @Autowired
    People people;
    @Autowired
    MutableClock clock;
    @Autowired
    SiteSettings settings;
    @Autowired
    news.dateline.sections.Sections sections;

    private WebDriver signIn(Account account) {
        WebDriver browser = Browser.signIn(url("/newsroom/login"), account);
        return browser;
    }

    private static void waitFor(WebDriver browser, java.util.function.Function<WebDriver, Boolean> condition) {
        Browser.waitFor(browser, condition);
    }

    private static long storyId(WebDriver browser) {
        String path = browser.getCurrentUrl().replaceAll("[?#].*$", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static void click(WebDriver browser, String css) {
        WebElement element = browser.findElement(By.cssSelector(css));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    @Test
    void aReporterWritesAndSubmitsAndAnEditorEditsAndPublishes() {
        long maria = people.bySlug("maria-okafor").orElseThrow().id();
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, maria);
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        String headline = "Tidal power plant opens " + System.nanoTime();

        WebDriver browser = signIn(reporter);
        click(browser, "a[href='/newsroom/stories/new']");
        browser.findElement(By.id("headline")).sendKeys(headline);
        browser.findElement(By.id("standfirst")).sendKeys("The first turbines turned at dawn.");
        browser.findElement(By.id("body")).sendKeys("The plant will power 40,000 homes.\n\nEngineers cheered.");
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("Science");
        assertThat(new Select(browser.findElement(By.id("byline-0"))).getFirstSelectedOption().getText()).isEqualTo("Maria Okafor");
        click(browser, "button[name=action][value=save]");
        waitFor(browser, d -> d.getCurrentUrl().contains("/newsroom/stories/") && !d.getCurrentUrl().endsWith("/new"));
        long id = storyId(browser);
        click(browser, "button[name=action][value=submit]");
        waitFor(browser, d -> d.findElement(By.cssSelector(".nr-editor-bar .nr-chip")).getText().equals("Ready for edit"));
        assertThat(browser.findElements(By.cssSelector("button[name=action][value=publish]"))).isEmpty();

        browser = signIn(editor);
        WebElement queued = browser.findElement(By.xpath("//section[.//h2[text()='Ready for edit']]//a[text()='" + headline + "']"));
        queued.click();
        waitFor(browser, d -> d.getCurrentUrl().endsWith("/newsroom/stories/" + id));
        WebElement headlineField = browser.findElement(By.id("headline"));
        headlineField.sendKeys(" after years of delay");
        click(browser, "button[name=action][value=publish]");
        waitFor(browser, d -> d.findElement(By.cssSelector(".nr-editor-bar .nr-chip")).getText().equals("Published"));

        String published = headline + " after years of delay";
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(published);
        browser.get(url("/science"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(published);
        Article story = articles.byId(id).orElseThrow();
        browser.get(url("/science/" + story.slug()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(published);
        assertThat(browser.findElement(By.cssSelector(".byline")).getText()).contains("Maria Okafor");
    }

    @Test
    void theLaterOfTwoSavesSeesAConflictWithBothVersionsAndLosesNothing() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        Account other = TestAccounts.create(accounts, Role.EDITOR, null);
        Article story = articles.file(new news.dateline.articles.NewArticle("Conflict test story", null, "", "Body.",
                sections.all().get(0).id(), List.of(people.all().get(0).id()), List.of(), null),
                new news.dateline.articles.Staff(editor.id(), editor.displayName()));
        WebDriver browser = signIn(editor);
        browser.get(url("/newsroom/stories/" + story.id()));

        NewsroomClient colleague = new NewsroomClient(port);
        colleague.signIn(other.username(), TestAccounts.PASSWORD);
        colleague.get("/newsroom/stories/" + story.id());
        Article current = articles.byId(story.id()).orElseThrow();
        var saved = colleague.post("/newsroom/stories/" + story.id(), Map.of("version", current.version(),
                "headline", "Colleague's headline", "body", current.body().markdown(), "section", current.sectionId(),
                "byline", current.bylines(), "action", "save", "minor", "true"));
        assertThat(saved.statusCode()).isEqualTo(302);

        WebElement headline = browser.findElement(By.id("headline"));
        headline.clear();
        headline.sendKeys("My own headline");
        click(browser, "button[name=action][value=save]");

        waitFor(browser, d -> !d.findElements(By.cssSelector(".nr-conflict")).isEmpty());
        String conflict = browser.findElement(By.cssSelector(".nr-conflict")).getText();
        assertThat(conflict).contains("Colleague's headline").contains("My own headline");
        assertThat(browser.findElement(By.id("headline")).getDomProperty("value")).isEqualTo("My own headline");
        assertThat(articles.byId(story.id()).orElseThrow().headline()).isEqualTo("Colleague's headline");
    }

    @Test
    void anOldRevisionCanBeComparedAndRestored() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        WebDriver browser = signIn(editor);
        click(browser, "a[href='/newsroom/stories/new']");
        browser.findElement(By.id("headline")).sendKeys("First version of a headline");
        browser.findElement(By.id("body")).sendKeys("Original body.");
        new Select(browser.findElement(By.id("byline-0"))).selectByIndex(1);
        click(browser, "button[name=action][value=save]");
        waitFor(browser, d -> d.getCurrentUrl().contains("filed"));
        long id = storyId(browser);
        WebElement headline = browser.findElement(By.id("headline"));
        headline.clear();
        headline.sendKeys("Second version of a headline");
        click(browser, "button[name=action][value=save]");
        waitFor(browser, d -> d.getCurrentUrl().contains("done="));

        browser.get(url("/newsroom/stories/" + id + "/revisions"));
        click(browser, "form.nr-table-wrap > button[type=submit]");
        waitFor(browser, d -> !d.findElements(By.cssSelector(".nr-diff")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".nr-diff del")).getText()).contains("First");
        assertThat(browser.findElement(By.cssSelector(".nr-diff ins")).getText()).contains("Second");

        click(browser, "button[form=restore-1]");
        waitFor(browser, d -> d.getCurrentUrl().endsWith("/newsroom/stories/" + id + "?done=Revision+1+restored+as+a+new+revision."));
        assertThat(browser.findElement(By.id("headline")).getDomProperty("value")).isEqualTo("First version of a headline");
        assertThat(articles.revisions(id)).hasSize(3);
    }

    @Test
    void aSlugChangeAfterPublicationAnswersTheOldAddressWithA301() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        Article story = articles.search(new news.dateline.articles.StoryQuery("Harbour City", null, null, null, null, 1, 1))
                .articles().get(0);
        String oldPath = "/" + sections.byId(story.sectionId()).orElseThrow().slug() + "/" + story.slug();
        WebDriver browser = signIn(editor);
        browser.get(url("/newsroom/stories/" + story.id()));
        WebElement slug = browser.findElement(By.id("slug"));
        slug.clear();
        slug.sendKeys(story.slug() + "-renamed");
        click(browser, "button[name=action][value=save]");
        waitFor(browser, d -> d.getCurrentUrl().contains("done="));

        var response = get(oldPath);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(oldPath + "-renamed"));
        assertThat(get(oldPath + "-renamed").statusCode()).isEqualTo(200);
    }

    @Test
    void anEmbargoedStoryIsInvisibleEverywhereUntilItLiftsAndAScheduledOneAppearsOnTime() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        WebDriver browser = signIn(editor);
        String embargoed = "Embargoed study on coral " + System.nanoTime();
        String scheduled = "Scheduled budget story " + System.nanoTime();
        long embargoedId = fileAndRelease(browser, embargoed, "embargo", Duration.ofHours(6));
        long scheduledId = fileAndRelease(browser, scheduled, "schedule", Duration.ofHours(2));
        String embargoedPath = "/science/" + articles.byId(embargoedId).orElseThrow().slug();
        String scheduledPath = "/science/" + articles.byId(scheduledId).orElseThrow().slug();

        for (String page : List.of("/", "/science", "/people/maria-okafor", embargoedPath, scheduledPath)) {
            var response = get(page);
            assertThat(response.body()).as(page).doesNotContain(embargoed).doesNotContain(scheduled);
        }
        assertThat(get(embargoedPath).statusCode()).isEqualTo(404);
        assertThat(get(scheduledPath).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        // Each page is waited for on its own: the story's page answering says nothing of when the cached home page
        // was dropped (that happens just after the release commits, on the releasing thread).
        waitFor(browser, d -> get(scheduledPath).statusCode() == 200);
        waitFor(browser, d -> get("/").body().contains(scheduled));
        assertThat(get(embargoedPath).statusCode()).isEqualTo(404);
        assertThat(get("/").body()).doesNotContain(embargoed);

        clock.advance(Duration.ofHours(4));
        waitFor(browser, d -> get(embargoedPath).statusCode() == 200);
        waitFor(browser, d -> get("/science").body().contains(embargoed));
    }

    private long fileAndRelease(WebDriver browser, String headline, String action, Duration after) {
        browser.get(url("/newsroom/stories/new"));
        browser.findElement(By.id("headline")).sendKeys(headline);
        browser.findElement(By.id("body")).sendKeys("Under embargo until the time set.");
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("Science");
        new Select(browser.findElement(By.id("byline-0"))).selectByVisibleText("Maria Okafor");
        click(browser, "button[name=action][value=save]");
        waitFor(browser, d -> d.getCurrentUrl().contains("filed"));
        long id = storyId(browser);
        String when = LocalDateTime.ofInstant(clock.instant().plus(after), settings.timeZone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("releaseAt")), when);
        click(browser, "button[name=action][value=" + action + "]");
        String expected = action.equals("embargo") ? "Embargoed" : "Scheduled";
        waitFor(browser, d -> d.findElement(By.cssSelector(".nr-editor-bar .nr-chip")).getText().equals(expected));
        return id;
    }


    @Test
    void screenshotsOfTheNewsroomAtPhoneAndDesktopWidths() throws Exception {
        WebDriver browser = signIn(TestAccounts.create(accounts, Role.EDITOR, people.bySlug("james-whitfield").orElseThrow().id()));
        for (int width : new int[] {390, 1280}) {
            browser.get(url("/newsroom"));
            assertThat(java.nio.file.Files.size(Browser.screenshot("newsroom-home", width))).isGreaterThan(5_000);
        }
        Article seed = published.findPublished("xi-jinping-arrived-in-moscow-to-show-support-for-putin").orElseThrow();
        for (int width : new int[] {390, 1280}) {
            browser.get(url("/newsroom/stories/" + seed.id()));
            assertThat(browser.findElement(By.id("headline")).getDomProperty("value")).startsWith("Xi Jinping");
            assertThat(java.nio.file.Files.size(Browser.screenshot("newsroom-editor", width))).isGreaterThan(5_000);
        }
    }
}
