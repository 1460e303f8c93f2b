package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The newsroom on a 390 px phone: every action and every navigation link in view, nothing scrolls sideways. */
class PhoneNewsroomBrowserTest extends SiteTest {

    static final int PHONE = 390;
    static final String SEED_SLUG = "xi-jinping-arrived-in-moscow-to-show-support-for-putin";

    @Autowired
    Accounts accounts;
    @Autowired
    Articles articles;
    @Autowired
    PublishedStories published;

    /** Each element matching {@code css}: its text, whether it is rendered, and its box in the viewport. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> boxes(ChromeDriver browser, String css) {
        return (List<Map<String, Object>>) browser.executeScript("""
                return [...document.querySelectorAll(arguments[0])].map(e => {
                  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
                  return {text: e.textContent.trim(), shown: r.width > 0 && r.height > 0 && s.visibility == 'visible',
                          left: r.left, right: r.right, top: r.top, bottom: r.bottom};
                });""", css);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** Every element matching {@code css} is shown and lies across the viewport's width (and height, when asked). */
    private static List<String> assertInView(ChromeDriver browser, String page, String css, boolean onFirstScreen) {
        long width = (Long) browser.executeScript("return document.documentElement.clientWidth");
        long height = (Long) browser.executeScript("return document.documentElement.clientHeight");
        List<Map<String, Object>> found = boxes(browser, css);
        assertThat(found).as("%s on %s", css, page).isNotEmpty();
        for (Map<String, Object> box : found) {
            String what = "'" + box.get("text") + "' (" + css + ") on " + page + ": " + box;
            assertThat(box.get("shown")).as(what).isEqualTo(true);
            assertThat(number(box.get("left"))).as(what).isGreaterThanOrEqualTo(0);
            assertThat(number(box.get("right"))).as(what).isLessThanOrEqualTo(width);
            if (onFirstScreen) {
                assertThat(number(box.get("top"))).as(what).isGreaterThanOrEqualTo(0);
                assertThat(number(box.get("bottom"))).as(what).isLessThanOrEqualTo(height);
            }
        }
        return found.stream().map(b -> (String) b.get("text")).toList();
    }

    private static void assertNoSidewaysScroll(ChromeDriver browser, String page) {
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(clientWidth).as("the viewport of %s", page).isLessThanOrEqualTo(PHONE);
        assertThat(scrollWidth).as("the page width of %s", page).isLessThanOrEqualTo(clientWidth);
    }

    @Test
    void everyEditorActionAndNavigationLinkIsInViewAt390Pixels() {
        Account admin = TestAccounts.create(accounts, Role.ADMIN, null);
        var seed = published.findPublished(SEED_SLUG).orElseThrow();
        long draft = articles.file(new NewArticle("Phone draft " + System.nanoTime(), null, "", "Body.", seed.sectionId(),
                seed.bylines(), List.of(), null), new Staff(admin.id(), admin.displayName())).id();
        ChromeDriver browser = Browser.signIn(url("/newsroom/login"), admin);
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        try {
            for (String page : List.of("/newsroom", "/newsroom/media", "/newsroom/analytics", "/newsroom/accounts",
                    "/newsroom/account", "/newsroom/account/two-factor", "/newsroom/accounts/" + admin.id())) {
                browser.get(url(page));
                assertThat(assertInView(browser, page, ".nr-nav a", false)).containsExactly("Stories", "Search",
                        "New story", "Media", "Analytics", "Sections", "People", "Pages", "Accounts", "Import", "Integrations", "View site");
                assertInView(browser, page, ".nr-user button", false);
                assertNoSidewaysScroll(browser, page);
            }

            String draftPage = "/newsroom/stories/" + draft;
            browser.get(url(draftPage));
            assertThat(assertInView(browser, draftPage, ".nr-editor-actions > *", true))
                    .containsExactly("Save", "Submit for editing", "Publish now", "History");
            assertInView(browser, draftPage, ".nr-nav a", false);
            assertInView(browser, draftPage, ".nr-format button", false);
            assertThat(assertInView(browser, draftPage, ".nr-editor-side button[name=action]", false))
                    .contains("Schedule", "Embargo until", "Kill");
            assertNoSidewaysScroll(browser, draftPage);

            String livePage = "/newsroom/stories/" + seed.id();
            browser.get(url(livePage));
            assertThat(assertInView(browser, livePage, ".nr-editor-actions > *", true))
                    .containsExactly("Save", "View live", "History");
            assertInView(browser, livePage, ".nr-editor-side button[name=action]", false);
            assertNoSidewaysScroll(browser, livePage);

            browser.get(url("/newsroom/account/two-factor"));
            Browser.screenshot("newsroom-two-factor", PHONE);
            browser.get(url("/newsroom/accounts/" + admin.id()));
            Browser.screenshot("newsroom-account-care", PHONE);
            browser.get(url(draftPage));
            Browser.screenshot("newsroom-editor", PHONE);
            browser.get(url(draftPage));
            Browser.screenshot("newsroom-editor", 1280);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
