package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Staff;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Roles are enforced on the server for every action, whatever the browser sends. */
class NewsroomSecurityTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Articles articles;
    @Autowired
    Sections sections;
    @Autowired
    People people;

    private NewsroomClient signedIn(Account account) {
        NewsroomClient client = new NewsroomClient(port);
        assertThat(client.signIn(account.username(), TestAccounts.PASSWORD)).endsWith("/newsroom");
        return client;
    }

    private long draftOf(Account owner) {
        long section = sections.all().get(0).id();
        long person = people.all().get(0).id();
        return articles.file(new NewArticle("Security test story " + System.nanoTime(), null, "", "Body.", section,
                List.of(person), List.of(), null), new Staff(owner.id(), owner.displayName())).id();
    }

    @Test
    void theNewsroomRequiresSigningIn() {
        var response = get("/newsroom");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/newsroom/login"));
    }

    @Test
    void aRequestWithoutACsrfTokenIsRefused() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        NewsroomClient client = signedIn(editor);
        long story = draftOf(editor);
        var response = client.postRaw("/newsroom/stories/" + story, Map.of("action", "publish"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(articles.byId(story).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void aContributorCannotPublishSubmitOrTouchOthersStoriesEvenByForgingRequests() {
        Account contributor = TestAccounts.create(accounts, Role.CONTRIBUTOR, null);
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        NewsroomClient client = signedIn(contributor);
        long own = draftOf(contributor);
        long others = draftOf(reporter);
        client.get("/newsroom/stories/" + own);

        for (String action : List.of("publish", "schedule", "embargo", "unpublish", "kill", "submit")) {
            var response = client.post("/newsroom/stories/" + own, form(own, action));
            assertThat(response.statusCode()).as("contributor %s", action).isEqualTo(403);
        }
        assertThat(client.get("/newsroom/stories/" + others).statusCode()).isEqualTo(403);
        assertThat(client.post("/newsroom/stories/" + others, form(others, "save")).statusCode()).isEqualTo(403);
        assertThat(client.post("/newsroom/stories/" + own + "/corrections", Map.of("kind", "CORRECTION", "text", "x")).statusCode()).isEqualTo(403);
        assertThat(client.get("/newsroom/accounts").statusCode()).isEqualTo(403);
        assertThat(client.post("/newsroom/accounts", Map.of("username", "sneaky", "displayName", "Sneaky",
                "password", "long enough password", "role", "ADMIN")).statusCode()).isEqualTo(403);
        assertThat(client.post("/newsroom/sections", Map.of("name", "Sneaky")).statusCode()).isEqualTo(403);
        assertThat(articles.byId(own).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(accounts.all()).noneMatch(a -> a.username().equals("sneaky"));
    }

    @Test
    void aReporterCanSubmitButNotPublishAndCannotEditOnceSubmitted() {
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        NewsroomClient client = signedIn(reporter);
        long own = draftOf(reporter);
        client.get("/newsroom/stories/" + own);
        assertThat(client.post("/newsroom/stories/" + own, form(own, "submit")).statusCode()).isEqualTo(302);
        assertThat(articles.byId(own).orElseThrow().status()).isEqualTo(ArticleStatus.READY);
        assertThat(client.post("/newsroom/stories/" + own, form(own, "save")).statusCode()).isEqualTo(403);
        assertThat(client.post("/newsroom/stories/" + own, form(own, "publish")).statusCode()).isEqualTo(403);
        assertThat(articles.byId(own).orElseThrow().status()).isEqualTo(ArticleStatus.READY);
    }

    @Test
    void anEditorCannotManageAccounts() {
        NewsroomClient client = signedIn(TestAccounts.create(accounts, Role.EDITOR, null));
        assertThat(client.get("/newsroom/accounts").statusCode()).isEqualTo(403);
        Account victim = TestAccounts.create(accounts, Role.REPORTER, null);
        client.get("/newsroom");
        assertThat(client.post("/newsroom/accounts/" + victim.id() + "/role", Map.of("role", "ADMIN")).statusCode()).isEqualTo(403);
        assertThat(accounts.byId(victim.id()).orElseThrow().role()).isEqualTo(Role.REPORTER);
    }

    @Test
    void repeatedFailedSignInsLockTheAccountEvenForTheRightPassword() {
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        NewsroomClient client = new NewsroomClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.signIn(reporter.username(), "wrong password " + i)).contains("/newsroom/login?");
        }
        assertThat(client.signIn(reporter.username(), TestAccounts.PASSWORD)).endsWith("/newsroom/login?locked");
        assertThat(client.get("/newsroom").statusCode()).isEqualTo(302);
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        Account admin = accounts.all().stream().filter(a -> a.role() == Role.ADMIN).findFirst().orElseThrow();
        accounts.setActive(admin, reporter.id(), false);
        assertThat(new NewsroomClient(port).signIn(reporter.username(), TestAccounts.PASSWORD)).contains("/newsroom/login?");
    }

    private Map<String, Object> form(long id, String action) {
        var story = articles.byId(id).orElseThrow();
        return Map.of("version", story.version(), "headline", story.headline(), "body", story.body().markdown(),
                "section", story.sectionId(), "byline", story.bylines(), "action", action,
                "releaseAt", "2099-01-01T10:00");
    }
}
