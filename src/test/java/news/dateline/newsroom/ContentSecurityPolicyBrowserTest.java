package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.articles.PublishedStories;
import news.dateline.articles.Staff;
import news.dateline.support.Browser;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The article page, the editor and the image page run under the Content-Security-Policy with
 * nothing refused. A listener installed before any page script (through the DevTools protocol) collects every
 * {@code securitypolicyviolation}; a deliberate violation at the end proves it listens and that everything before it
 * has been reported.
 */
class ContentSecurityPolicyBrowserTest extends SiteTest {

    static final String LISTENER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.effectiveDirective + ' ' + (e.blockedURI || '') + ' ' + ((e.target && e.target.id) || '')), true);
            """;

    @Autowired
    Accounts accounts;
    @Autowired
    Articles articles;
    @Autowired
    PublishedStories published;

    @SuppressWarnings("unchecked")
    private static List<String> violations(ChromeDriver browser, String frame) {
        return (List<String>) browser.executeScript("return (" + frame + ").__cspViolations.slice()");
    }

    /** Breaks the policy once on purpose, waits until that is reported, then returns what was reported before it. */
    private static List<String> violationsSoFar(ChromeDriver browser, String frame) {
        browser.executeScript("const d = (" + frame + ").document, s = d.createElement('span'); s.id = 'csp-sentinel';"
                + " d.body.append(s); s.setAttribute('style', 'color: red')");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> violations(browser, frame).stream().anyMatch(v -> v.endsWith("csp-sentinel")));
        return violations(browser, frame).stream().filter(v -> !v.endsWith("csp-sentinel")).toList();
    }

    @Test
    void theArticlePageTheEditorAndTheImagePageRunWithNothingRefused() {
        ChromeDriver browser = Browser.driver();
        Map<String, Object> listener = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", LISTENER));
        try {
            browser.get(url("/world/" + PhoneNewsroomBrowserTest.SEED_SLUG));
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Xi Jinping");
            assertThat(violationsSoFar(browser, "window")).as("the article page").isEmpty();

            Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
            var seed = published.findPublished(PhoneNewsroomBrowserTest.SEED_SLUG).orElseThrow();
            long draft = articles.file(new NewArticle("Policy story " + System.nanoTime(), null, "A standfirst.",
                    "A paragraph with **bold** text.", seed.sectionId(), seed.bylines(), List.of(), seed.hero()),
                    new Staff(editor.id(), editor.displayName())).id();
            Browser.signIn(url("/newsroom/login"), editor);
            browser.get(url("/newsroom/stories/" + draft));
            assertThat(browser.findElement(By.cssSelector(".nr-format")).isDisplayed()).as("the editor's script ran").isTrue();
            assertThat(violationsSoFar(browser, "window")).as("the editor").isEmpty();

            browser.get(url("/newsroom/media/" + seed.hero().imageId()));
            assertThat(browser.findElement(By.cssSelector(".nr-focal-mark")).isDisplayed()).isTrue();
            assertThat(violationsSoFar(browser, "window")).as("the image page").isEmpty();
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", listener.get("identifier")));
        }
    }
}
