package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** In the newsroom, a file over the upload limit is refused with a clear message on the media page itself. */
class UploadTooLargeBrowserTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    MediaLibrary media;

    @Test
    void anOversizedFileIsRefusedWithAMessageOnTheMediaPage() throws Exception {
        var editor = TestAccounts.create(accounts, Role.EDITOR, null);
        WebDriver browser = Browser.signIn(url("/newsroom/login"), editor);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);

        Path file = Files.createTempFile("oversized", ".jpg");
        try (var out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(26L * 1024 * 1024);
        }
        int before = media.recent(1000).size();
        browser.get(url("/newsroom/media"));
        browser.findElement(By.id("files")).sendKeys(file.toString());
        browser.findElement(By.cssSelector(".nr-dropzone button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".nr-upload-refused")).isEmpty());

        assertThat(browser.findElement(By.cssSelector(".nr-upload-refused")).getText())
                .startsWith("Not uploaded: " + file.getFileName()).contains("larger than 25 MB");
        assertThat(browser.getCurrentUrl()).endsWith("/newsroom/media");
        assertThat(media.recent(1000)).hasSize(before);
        Files.delete(file);
    }
}
