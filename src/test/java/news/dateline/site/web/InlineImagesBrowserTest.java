package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Inline figures in a real browser at phone and desktop widths: WebP chosen, within the column, no layout shift. */
class InlineImagesBrowserTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    MediaLibrary media;

    @Test
    void inlineFiguresLoadWebpInsideTheColumnWithoutShiftingTheText() throws Exception {
        var filed = new InlineStories(newsdesk(), articles, media).publish("Inline in a browser");
        ChromeDriver browser = Browser.driver();
        try {
            look(browser, filed);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900)); // as the other browser tests expect it
        }
    }

    private void look(ChromeDriver browser, InlineStories.Filed filed) throws Exception {
        for (int width : new int[] {390, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(url(filed.path()));
            var js = (JavascriptExecutor) browser;
            List<WebElement> images = browser.findElements(By.cssSelector(".article-body figure.inline-image img"));
            assertThat(images).hasSize(3);
            WebElement body = browser.findElement(By.cssSelector(".article-body"));
            for (WebElement img : images) {
                double reserved = box(js, img).get("height");
                assertThat(reserved).as("space kept for the image before it loads at %d px", width).isGreaterThan(100.0);
                js.executeScript("arguments[0].scrollIntoView({block: 'center'})", img);
                new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> (Boolean) js.executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0", img));
                var loaded = box(js, img);
                assertThat(loaded.get("height")).as("height before and after loading at %d px", width)
                        .isCloseTo(reserved, org.assertj.core.data.Offset.offset(1.0));
                assertThat(loaded.get("width")).as("image width at %d px", width)
                        .isLessThanOrEqualTo(box(js, body).get("width") + 0.5).isGreaterThan(200.0);
                assertThat((String) js.executeScript("return arguments[0].currentSrc", img)).endsWith(".webp");
            }
            List<WebElement> credits = browser.findElements(By.cssSelector(".article-body figcaption .credit"));
            assertThat(credits).hasSize(3).allSatisfy(c -> {
                assertThat(c.isDisplayed()).isTrue();
                assertThat(c.getText()).isEqualTo("Disclaimer: This image is taken from " + filed.agency() + " / Jane Doe.");
            });
            assertThat((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at %d px", width).isTrue();
            js.executeScript("window.scrollTo(0, 0)");
            assertThat(Files.size(Browser.screenshot("article-inline-images", width))).isGreaterThan(10_000);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> box(JavascriptExecutor js, WebElement element) {
        var rect = (Map<String, Object>) js.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {width: r.width, height: r.height};", element);
        return Map.of("width", ((Number) rect.get("width")).doubleValue(), "height", ((Number) rect.get("height")).doubleValue());
    }
}
