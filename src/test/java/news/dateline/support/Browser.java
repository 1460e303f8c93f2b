package news.dateline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
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

    /**
     * Signs {@code account} in to the newsroom in the shared browser (with no cookies left from an earlier test) and
     * waits until the newsroom's front page shows.
     */
    public static ChromeDriver signIn(String loginUrl, news.dateline.accounts.Account account) {
        ChromeDriver browser = driver();
        browser.get(loginUrl);
        browser.manage().deleteAllCookies();
        browser.get(loginUrl);
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(account.username());
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        waitFor(browser, d -> d.getCurrentUrl().endsWith("/newsroom"));
        return browser;
    }

    /**
     * Waits up to 15 seconds for {@code condition}; an element not there yet, or replaced while the page reloads, is
     * looked for again. The condition runs on the test's thread (the driver is not shared between threads).
     */
    public static void waitFor(org.openqa.selenium.WebDriver browser,
                               java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsMatching(e -> e instanceof org.openqa.selenium.StaleElementReferenceException
                        || e instanceof org.openqa.selenium.NotFoundException)
                .until(() -> Boolean.TRUE.equals(condition.apply(browser)));
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
