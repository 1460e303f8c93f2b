package news.dateline.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.media.MediaLibrary;
import news.dateline.support.Browser;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Upload an image, set its focal point, use it as a story's hero, publish, and see it credited and cropped. */
class MediaBrowserTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    MediaLibrary media;

    private static void waitFor(WebDriver browser, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    @Test
    void uploadFocusCreditPublishAndSeeItOnThePublicPages() throws Exception {
        var editor = TestAccounts.create(accounts, Role.EDITOR, null);
        WebDriver browser = Browser.signIn(url("/newsroom/login"), editor);

        Path file = Files.createTempFile("harbour", ".png");
        Files.write(file, TestImages.encode(TestImages.halves(1600, 900), "png"));
        browser.get(url("/newsroom/media"));
        browser.findElement(By.id("files")).sendKeys(file.toString());
        click(browser, browser.findElement(By.cssSelector(".nr-dropzone button[type=submit]")));
        waitFor(browser, d -> d.getCurrentUrl().matches(".*/newsroom/media/[0-9]+.*"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/newsroom/media/([0-9]+).*", "$1"));

        WebElement picture = browser.findElement(By.cssSelector("[data-focal] img"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", picture);
        int width = picture.getRect().getWidth();
        new Actions(browser).moveToElement(picture, -width / 2 + width / 5, 0).click().perform();
        assertThat(Integer.parseInt(browser.findElement(By.id("focalX")).getDomProperty("value"))).isBetween(15, 25);
        WebElement alt = browser.findElement(By.id("altText"));
        alt.clear();
        alt.sendKeys("A harbour at dawn, red on the left and blue on the right");
        browser.findElement(By.id("creditSource")).sendKeys("Reuters");
        browser.findElement(By.id("photographer")).sendKeys("Jane Doe");
        click(browser, browser.findElement(By.cssSelector(".nr-image-form button[type=submit]")));
        waitFor(browser, d -> d.getCurrentUrl().contains("done="));
        var image = media.find(id).orElseThrow();
        assertThat(image.focalX()).isBetween(0.15, 0.25);
        for (int w : new int[] {390, 1280}) {
            assertThat(Files.size(Browser.screenshot("newsroom-image", w))).isGreaterThan(5_000);
        }
        browser.get(url("/newsroom/media"));
        for (int w : new int[] {390, 1280}) {
            assertThat(Files.size(Browser.screenshot("newsroom-media", w))).isGreaterThan(5_000);
        }
        assertThat(image.credit().display()).isEqualTo("Reuters / Jane Doe");

        String headline = "Harbour reopens after storm " + System.nanoTime();
        browser.get(url("/newsroom/stories/new"));
        browser.findElement(By.id("headline")).sendKeys(headline);
        browser.findElement(By.id("body")).sendKeys("Boats returned at first light.");
        new Select(browser.findElement(By.id("section"))).selectByVisibleText("World");
        new Select(browser.findElement(By.id("byline-0"))).selectByVisibleText("Aditya G. Varma");
        click(browser, browser.findElement(By.cssSelector("input[name=hero][value='" + id + "']")));
        click(browser, browser.findElement(By.cssSelector("button[name=action][value=save]")));
        waitFor(browser, d -> d.getCurrentUrl().contains("filed"));
        click(browser, browser.findElement(By.cssSelector("button[name=action][value=publish]")));
        waitFor(browser, d -> d.findElement(By.cssSelector(".nr-editor-bar .nr-chip")).getText().equals("Published"));
        click(browser, browser.findElement(By.linkText("View live")));
        waitFor(browser, d -> !d.findElements(By.cssSelector("h1.headline")).isEmpty());

        assertThat(browser.findElement(By.cssSelector(".image-credit")).getText())
                .isEqualTo("Disclaimer: This image is taken from Reuters / Jane Doe.");
        WebElement hero = browser.findElement(By.cssSelector("figure.hero img"));
        assertThat(hero.getDomAttribute("srcset")).contains("/media/" + image.storageKey() + "/1600.jpg 1600w");
        assertThat(browser.findElement(By.cssSelector("figure.hero source[type='image/webp']")).getDomAttribute("srcset"))
                .contains(".webp");
        waitFor(browser, d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", hero));

        browser.get(url("/"));
        WebElement card = browser.findElement(By.xpath("//a[normalize-space()='" + headline + "']/ancestor::article[1]//img"));
        int fx = (int) Math.round(image.focalX() * 100);
        assertThat(card.getDomAttribute("src")).contains("/media/" + image.storageKey() + "/16x9-" + fx + "-");
    }
}
