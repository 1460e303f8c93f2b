package news.dateline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium for the whole test run, driven by Debian's chromedriver
 * (explicit binary paths: Selenium must not try to download a browser).
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("dateline.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("dateline.chromedriver", "/usr/bin/chromedriver"));

    private static ChromeDriver driver;

    private Browser() {
    }

    public static synchronized ChromeDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--hide-scrollbars", "--window-size=1280,900",
                    "--user-data-dir=" + temporaryDirectory());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            ChromeDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return driver;
    }

    /** Saves a full-page screenshot at the given CSS width under {@code target/screenshots/}. */
    public static Path screenshot(String name, int width) {
        ChromeDriver browser = driver();
        browser.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
        try {
            Path file = Path.of("target", "screenshots", name + "-" + width + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("dateline-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
