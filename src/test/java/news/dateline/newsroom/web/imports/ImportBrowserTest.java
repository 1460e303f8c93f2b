package news.dateline.newsroom.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.support.Browser;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin imports the real WordPress export and its uploads in the browser: the dry run's numbers, then the progress
 * page reaching "Done" by itself (no reload), with the imported counts and the report to download.
 */
class ImportBrowserTest extends SiteTest {

    static final Path WXR = OwnDesksExport.wxr();
    static final Path UPLOADS = Path.of("src/test/resources/imports/wordpress-uploads.tar.gz").toAbsolutePath();

    @Autowired
    Accounts accounts;

    /** The summary table's counts by kind: the "in the export" column, and the "imported" column when shown. */
    private static Map<String, Integer> column(ChromeDriver browser, int column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector(".nr-import-counts tbody tr"))) {
            var cells = row.findElements(By.cssSelector("td"));
            String text = cells.get(column).getText().strip();
            counts.put(row.getDomAttribute("data-kind"), text.matches("[0-9]+") ? Integer.parseInt(text) : -1);
        }
        return counts;
    }

    private static int stories(Map<String, Integer> counts) {
        return counts.get("published") + counts.get("drafts") + counts.get("scheduled") + counts.get("withheld");
    }

    @Test
    void anAdminUploadsTheWordPressExportReadsTheDryRunAndWatchesTheImportFinish() {
        var admin = TestAccounts.create(accounts, Role.ADMIN, null);
        ChromeDriver browser = Browser.signIn(url("/newsroom/login"), admin);
        browser.findElement(By.linkText("Import")).click();
        Browser.waitFor(browser, d -> d.getCurrentUrl().endsWith("/newsroom/imports"));
        Browser.screenshot("newsroom-import-form", 390);
        Browser.screenshot("newsroom-import-form", 1280);

        browser.findElement(By.cssSelector("input[name=platform][value=wordpress]")).click();
        browser.findElement(By.id("export")).sendKeys(WXR.toString());
        browser.findElement(By.id("media")).sendKeys(UPLOADS.toString());
        browser.findElement(By.cssSelector(".nr-import-form button[type=submit]")).click();
        Browser.waitFor(browser, d -> d.getCurrentUrl().matches(".*/newsroom/imports/[0-9]+"));
        Browser.waitFor(browser, d -> !d.findElements(By.id("start-import")).isEmpty());

        var planned = column(browser, 0);
        assertThat(planned.get("people")).as("authors").isEqualTo(4);
        assertThat(stories(planned)).as("posts").isEqualTo(26);
        assertThat(planned.get("pages")).isEqualTo(2);
        assertThat(planned.get("images")).isEqualTo(38);
        assertThat(planned.get("comments")).isEqualTo(6);
        assertThat(browser.findElement(By.id("import-state")).getText()).startsWith("Dry run");
        Browser.screenshot("newsroom-import-dry-run", 390);
        Browser.screenshot("newsroom-import-dry-run", 1280);

        browser.findElement(By.id("start-import")).click();
        Browser.waitFor(browser, d -> !d.findElements(By.id("import-bar")).isEmpty());
        // Marks this page: a reload would lose the mark.
        browser.executeScript("window.importPageMark = 'still here'");
        assertThat(browser.findElement(By.cssSelector("[data-import-progress]")).getDomAttribute("data-import-finished"))
                .as("the import is still running when its progress page first shows").isEqualTo("false");

        Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).pollInSameThread()
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> "Done".equals(browser.findElement(By.id("import-state")).getText()));
        Browser.screenshot("newsroom-import-report", 390);
        Browser.screenshot("newsroom-import-report", 1280);
        String report = browser.findElement(By.id("import-lines")).getText();
        assertThat(browser.executeScript("return window.importPageMark")).as("no reload").isEqualTo("still here");
        assertThat(browser.findElement(By.id("import-bar")).getDomProperty("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("import-download")).isDisplayed()).isTrue();
        var imported = column(browser, 1);
        assertThat(imported.get("people")).as(report).isEqualTo(4);
        assertThat(stories(imported)).as("stories imported: %s; report:%n%s", imported, report).isEqualTo(26);
        assertThat(imported.get("pages")).as(report).isEqualTo(2);
        assertThat(browser.findElement(By.id("import-done")).getText())
                .isEqualTo(browser.findElement(By.id("import-total")).getText());
        assertThat(report).containsIgnoringCase("comments");
    }
}
