package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.Articles;
import news.dateline.media.MediaLibrary;
import news.dateline.support.Browser;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Embeds and galleries in a real browser at phone and desktop widths (ADR 0020): the card shows and nothing is asked of
 * YouTube until the click, which swaps in the youtube-nocookie player; the gallery is a grid on a desktop and one
 * column on a phone. (The machine has no internet: the player's frame is asserted, not its content.)
 */
class EmbedsBrowserTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    MediaLibrary media;

    @Test
    void aCardLoadsThePlayerOnlyOnAClickAndTheGalleryIsAGrid() throws Exception {
        var filed = EmbedStories.publish(newsdesk(), articles, media, "Embeds in a browser");
        ChromeDriver browser = Browser.driver();
        try {
            for (int width : new int[] {390, 1280}) {
                look(browser, filed, width);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900)); // as the other browser tests expect it
        }
    }

    private void look(ChromeDriver browser, InlineStories.Filed filed, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(url(filed.path()));
        var js = (JavascriptExecutor) browser;
        WebElement card = browser.findElement(By.cssSelector("figure[data-embed-provider=youtube]"));
        assertThat(card.isDisplayed()).isTrue();
        assertThat(card.findElement(By.cssSelector("em")).getText()).isEqualTo("Load video");
        assertThat(card.findElement(By.cssSelector("figcaption")).getText()).isEqualTo("Loading it connects to YouTube.");
        assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();
        assertThat(((Number) js.executeScript("return arguments[0].getBoundingClientRect().width", card)).doubleValue())
                .isLessThanOrEqualTo(width);

        List<Double> tops = new ArrayList<>();
        for (WebElement picture : browser.findElements(By.cssSelector("figure.gallery > figure img"))) {
            tops.add(((Number) js.executeScript("return arguments[0].getBoundingClientRect().top", picture)).doubleValue());
        }
        assertThat(tops).hasSize(3);
        if (width < 480) {
            assertThat(tops).as("one column on a phone").isSortedAccordingTo(Double::compare).doesNotHaveDuplicates();
        } else {
            assertThat(tops).as("one row of three on a desktop").allSatisfy(top ->
                    assertThat(top).isCloseTo(tops.get(0), org.assertj.core.data.Offset.offset(1.0)));
        }
        assertThat((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at %d px", width).isTrue();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", card);
        assertThat(Files.size(Browser.screenshot("article-embeds-gallery", width))).isGreaterThan(10_000);

        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) js.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(fetched).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith(url("/")));

        browser.findElement(By.cssSelector("figure[data-embed-provider=youtube] em")).click();
        Browser.waitFor(browser, d -> !d.findElements(By.cssSelector("figure[data-embed-provider=youtube] > iframe")).isEmpty());
        WebElement frame = browser.findElement(By.cssSelector("figure[data-embed-provider=youtube] > iframe"));
        assertThat(frame.getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/ScMzIvxBSi4?autoplay=1");
        assertThat(frame.getAttribute("title")).isEqualTo("YouTube: youtube.com/watch?v=ScMzIvxBSi4");
        assertThat(browser.getCurrentUrl()).as("the page stays").isEqualTo(url(filed.path()));
        assertThat(browser.findElements(By.cssSelector("figure[data-embed-provider=youtube] > a"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("figure[data-embed-provider=youtube] figcaption a"))
                .getAttribute("href")).isEqualTo(EmbedStories.VIDEO);
        double frameWidth = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().width", frame)).doubleValue();
        double frameHeight = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().height", frame)).doubleValue();
        assertThat(frameHeight).as("a 16:9 player").isCloseTo(frameWidth * 9 / 16, org.assertj.core.data.Offset.offset(2.0));
        assertThat(browser.findElements(By.cssSelector("figure[data-embed-provider=x] > a"))).as("other cards stay").hasSize(1);
        if (width > 1000) {
            postOpensInANewTab(browser, filed);
        }
    }

    /** X has no player that runs without its script: its card opens the post in a new tab, and the page stays. */
    private void postOpensInANewTab(ChromeDriver browser, InlineStories.Filed filed) {
        String page = browser.getWindowHandle();
        try {
            browser.findElement(By.cssSelector("figure[data-embed-provider=x] em")).click();
            Browser.waitFor(browser, d -> d.getWindowHandles().size() == 2);
            assertThat(browser.getCurrentUrl()).isEqualTo(url(filed.path()));
            assertThat(browser.findElements(By.tagName("iframe"))).hasSize(1);
        } finally {
            for (String handle : browser.getWindowHandles()) {
                if (!handle.equals(page)) {
                    browser.switchTo().window(handle).close();
                }
            }
            browser.switchTo().window(page);
        }
    }
}
