package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPageForm;
import news.dateline.pages.StaticPages;
import news.dateline.support.Browser;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A static page and the newsroom's Pages screen in Chromium (screenshots at 390 and 1280 px under
 * {@code target/screenshots/}), an editor writing and publishing a page through the form, and both screens' HTML
 * valid by the Nu Html Checker.
 */
class StaticPagesBrowserTest extends SiteTest {

    @Autowired
    StaticPages pages;
    @Autowired
    Accounts accounts;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void unlist() {
        for (long id : made) {
            pages.byId(id).ifPresent(p -> pages.update(p.id(), new StaticPageForm(p.title(), p.slug(), p.parentId(),
                    p.menuOrder(), p.body(), p.seoDescription(), false), false, p.firstPublishedAt(), p.updatedAt()));
        }
    }

    /**
     * {@link Browser#screenshot}, with the window grown by what the browser's own frame takes (new headless Chromium
     * counts it in the window size), so the whole page, footer included, is in the picture.
     */
    private static void fullPage(String name, int width) {
        var browser = Browser.driver();
        browser.manage().window().setSize(new Dimension(width, 900));
        long frame = (Long) browser.executeScript("return window.outerHeight - window.innerHeight");
        long height = (Long) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + frame, 8000)));
        try {
            Path file = Path.of("target", "screenshots", name + "-" + width + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aReaderSeesThePageAndAnEditorWritesOneInThePagesScreen() throws Exception {
        long n = System.nanoTime();
        Instant then = Instant.parse("2021-06-01T09:00:00Z");
        StaticPage about = pages.importPage(new StaticPageForm("About us " + n, "", null, 0,
                "Dateline is an independent newsroom.\n\n## Our standards\n\nWe correct errors promptly and say so."
                        + " Read the [corrections policy](/info/corrections).\n\n> Facts first.",
                "Who we are and how we work", true), true, then, then);
        made.add(about.id());
        made.add(pages.importPage(new StaticPageForm("Contact " + n, "", about.id(), 1, "Write to us.", "", true), true,
                then, then).id());

        String path = pages.path(about);
        assertThat(ValidHtmlTest.errorsIn(get(path).body())).as("Nu Html Checker errors on %s", path).isEmpty();
        var browser = Browser.driver();
        browser.get(url(path));
        Browser.waitFor(browser, d -> d.findElement(By.cssSelector("h1.headline")).getText().equals("About us " + n));
        assertThat(browser.findElements(By.cssSelector(".footer-pages a"))).extracting(e -> e.getText())
                .contains("About us " + n, "Contact " + n);
        fullPage("info-page", 390);
        fullPage("info-page", 1280);

        var account = TestAccounts.create(accounts, Role.EDITOR, null);
        Browser.signIn(url("/newsroom/login"), account);
        browser.get(url("/newsroom/pages/new"));
        browser.findElement(By.id("title")).sendKeys("Corrections policy " + n);
        browser.findElement(By.id("body")).sendKeys("When we get something wrong, we say so.");
        browser.findElement(By.cssSelector("#page-form button[type=submit]")).click();
        Browser.waitFor(browser, d -> d.getCurrentUrl().matches(".*/newsroom/pages/[0-9]+\\?done=.*"));
        StaticPage policy = pages.bySlug("corrections-policy-" + n).orElseThrow();
        made.add(policy.id());
        browser.findElement(By.cssSelector("button[value=publish]")).click();
        Browser.waitFor(browser, d -> d.findElement(By.cssSelector("[role=status]")).getText().equals("Page published."));
        assertThat(pages.byId(policy.id()).orElseThrow().published()).isTrue();
        fullPage("newsroom-page-editor", 390);
        fullPage("newsroom-page-editor", 1280);
        browser.get(url("/newsroom/pages"));
        Browser.waitFor(browser, d -> d.findElement(By.cssSelector("h1")).getText().equals("Pages"));
        fullPage("newsroom-pages", 390);
        fullPage("newsroom-pages", 1280);

        NewsroomClient editor = new NewsroomClient(port);
        editor.signIn(TestAccounts.create(accounts, Role.ADMIN, null).username(), TestAccounts.PASSWORD);
        for (String screen : List.of("/newsroom/pages", "/newsroom/pages/new", "/newsroom/pages/" + policy.id(),
                "/newsroom/sections")) {
            var response = editor.get(screen);
            assertThat(response.statusCode()).as(screen).isEqualTo(200);
            assertThat(ValidHtmlTest.errorsIn(response.body())).as("Nu Html Checker errors on %s", screen).isEmpty();
        }
    }
}
