package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.dateline.support.Browser;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The seed article in a real browser: every element visible, in the seed page's order, links working. */
class SeedArticleBrowserTest extends SiteTest {

    private static final String HEADLINE =
            "Xi Jinping arrived in Moscow to show support for Putin after Ukrainian drone strikes on the capital.";

    @Test
    void everySeedElementIsVisibleInTheSeedsOrder() {
        WebDriver browser = open(PublicPagesTest.SEED);

        List<WebElement> inOrder = List.of(
                visible(browser, ".section-label", "World"),
                visible(browser, "h1", HEADLINE),
                visible(browser, ".published", "Published On Thu, 08 May 2025"),
                visible(browser, ".byline a", "Aditya G. Varma"),
                visible(browser, ".views", "0 Views"),
                browser.findElement(By.cssSelector("figure.hero img")),
                visible(browser, ".share", "Share"),
                visible(browser, ".article-body", "Chinese President Xi Jinping arrived in Moscow on May 7"),
                visible(browser, ".image-credit", "Disclaimer: This image is taken from Reuters."));

        WebElement hero = inOrder.get(5);
        assertThat(hero.isDisplayed()).isTrue();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", hero));
        assertThat(hero.getDomAttribute("alt")).isNotBlank();

        List<Integer> tops = new ArrayList<>();
        for (WebElement element : inOrder) {
            tops.add(element.getRect().getY());
        }
        assertThat(tops).as("vertical positions of the seed elements").isSorted();
        for (int i = 1; i < inOrder.size(); i++) {
            assertThat(follows(browser, inOrder.get(i - 1), inOrder.get(i)))
                    .as("element %d comes after element %d in the document", i, i - 1).isTrue();
        }
    }

    @Test
    void theSectionLabelAndBylineLeadToTheirPages() {
        WebDriver browser = open(PublicPagesTest.SEED);
        browser.findElement(By.cssSelector(".section-label")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(ExpectedConditions.urlToBe(url("/world")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("World");
        assertThat(browser.findElements(By.cssSelector("main a[href='" + PublicPagesTest.SEED + "']"))).isNotEmpty();

        browser = open(PublicPagesTest.SEED);
        browser.findElement(By.cssSelector(".byline a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(ExpectedConditions.urlToBe(url("/people/aditya-g-varma")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Aditya G. Varma");
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidths() throws Exception {
        open(PublicPagesTest.SEED);
        for (int width : new int[] {390, 1280}) {
            Path shot = Browser.screenshot("seed-article", width);
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        }
        for (String[] page : new String[][] {{"/", "home"}, {"/world", "section"}, {"/people/aditya-g-varma", "person"},
                {"/no-such-page", "not-found"}}) {
            open(page[0]);
            Browser.screenshot(page[1], 390);
            Browser.screenshot(page[1], 1280);
        }
    }

    private WebDriver open(String path) {
        WebDriver browser = Browser.driver();
        browser.get(url(path));
        return browser;
    }

    private static WebElement visible(WebDriver browser, String css, String text) {
        WebElement element = browser.findElement(By.cssSelector(css));
        assertThat(element.isDisplayed()).as("%s is visible", css).isTrue();
        assertThat(element.getText()).as("text of %s", css).contains(text);
        return element;
    }

    private static boolean follows(WebDriver browser, WebElement first, WebElement second) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return (arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0",
                first, second);
    }
}
