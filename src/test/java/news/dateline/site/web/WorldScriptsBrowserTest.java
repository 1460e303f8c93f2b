package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.platform.Slug;
import news.dateline.support.Browser;
import news.dateline.support.Newsdesk;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor files, publishes and reads an Arabic and a Chinese story in a real browser: the address is the headline in
 * its own script, the page is in the story's language and an Arabic one reads right to left (at 390 and 1280 px).
 */
class WorldScriptsBrowserTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Articles articles;
    @Autowired
    news.dateline.sections.Sections sections;
    @Autowired
    news.dateline.people.People people;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ar | القمة العربية تنطلق في القاهرة | القمة-العربية-تنطلق-في-القاهرة | rtl | نُشر في",
            "zh-Hans | 北京举行新闻发布会 | 北京举行新闻发布会 | ltr | 发布于"
    })
    void anEditorFilesPublishesAndReadsAStoryInItsOwnScript(String language, String words, String slug, String dir,
                                                             String publishedWords) {
        String n = Long.toString(System.nanoTime());
        String headline = words + " " + n;
        Newsdesk.scriptsSection(sections);
        Newsdesk.scriptsCorrespondent(people);
        WebDriver browser = signIn(TestAccounts.create(accounts, Role.EDITOR, null));
        browser.get(url("/newsroom/stories/new"));
        browser.findElement(By.id("headline")).sendKeys(headline);
        browser.findElement(By.id("body")).sendKeys(words + ".");
        new Select(browser.findElement(By.id("language"))).selectByValue(language);
        new Select(browser.findElement(By.id("section"))).selectByVisibleText(Newsdesk.SCRIPTS_SECTION);
        new Select(browser.findElement(By.id("byline-0"))).selectByVisibleText(Newsdesk.SCRIPTS_CORRESPONDENT);
        click(browser, "button[name=action][value=save]");
        waitFor(browser, d -> d.getCurrentUrl().contains("?filed"));
        String editorPath = browser.getCurrentUrl().replaceAll("[?#].*$", "");
        long id = Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));
        click(browser, "button[name=action][value=publish]");
        waitFor(browser, d -> d.findElement(By.cssSelector(".nr-editor-bar .nr-chip")).getText().equals("Published"));

        String path = "/scripts-desk/" + Slug.encode(slug + "-" + n);
        assertThat(browser.findElement(By.linkText("View live")).getDomAttribute("href")).isEqualTo(path);
        click(browser, "a.nr-button[href='" + path + "']");
        waitFor(browser, d -> d.getCurrentUrl().endsWith(path));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).isEqualTo(language);
        assertThat(html.getDomAttribute("dir")).isEqualTo(dir);
        assertThat(browser.findElement(By.cssSelector("time.published")).getText()).startsWith(publishedWords);
        assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.querySelector('h1')).direction"))
                .isEqualTo(dir);
        Article story = articles.byId(id).orElseThrow();
        assertThat(story.slug()).isEqualTo(slug + "-" + n);
        assertThat(story.language()).isEqualTo(language);

        if (dir.equals("rtl")) {
            Browser.screenshot("article-" + language, 390);
            Browser.screenshot("article-" + language, 1280);
        }
    }

    private WebDriver signIn(Account account) {
        WebDriver browser = Browser.signIn(url("/newsroom/login"), account);
        return browser;
    }

    private static void waitFor(WebDriver browser, java.util.function.Function<WebDriver, Boolean> condition) {
        Browser.waitFor(browser, condition);
    }

    private static void click(WebDriver browser, String css) {
        WebElement element = browser.findElement(By.cssSelector(css));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
