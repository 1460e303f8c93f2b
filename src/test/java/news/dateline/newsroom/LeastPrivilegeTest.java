package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Staff;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import news.dateline.support.MutableClock;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Writers cannot change what goes live on others' stories: image metadata, and analytics of stories they cannot open. */
class LeastPrivilegeTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    MediaLibrary media;
    @Autowired
    MutableClock clock;

    private NewsroomClient signedIn(Account account) {
        NewsroomClient client = new NewsroomClient(port);
        assertThat(client.signIn(account.username(), TestAccounts.PASSWORD)).endsWith("/newsroom");
        return client;
    }

    private long storyOf(Account owner, String headline) {
        return articles.file(new NewArticle(headline, null, "", "Body.", sections.all().get(0).id(),
                List.of(people.all().get(0).id()), List.of(), null), new Staff(owner.id(), owner.displayName())).id();
    }

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static Map<String, String> metadata(String caption) {
        return Map.of("caption", caption, "altText", "Forged alt", "creditSource", "Forged Agency", "photographer", "",
                "copyrightNotice", "", "licenseUrl", "", "acquireLicenseUrl", "", "focalX", "10", "focalY", "10");
    }

    @Test
    void contributorsAndReportersCannotChangeAnImagesCaptionCreditOrAltText() throws Exception {
        var image = media.upload(png(), new NewImage("Original caption", "Original alt", new ImageCredit("Wire", "")), "Someone");
        for (Role role : List.of(Role.CONTRIBUTOR, Role.REPORTER)) {
            NewsroomClient writer = signedIn(TestAccounts.create(accounts, role, null));
            var page = writer.get("/newsroom/media/" + image.id());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Only editors change").doesNotContain(">Save</button>");
            var refused = writer.post("/newsroom/media/" + image.id(), metadata("Forged caption"));
            assertThat(refused.statusCode()).as(role.name()).isEqualTo(403);
        }
        var unchanged = media.find(image.id()).orElseThrow();
        assertThat(unchanged.caption()).isEqualTo("Original caption");
        assertThat(unchanged.altText()).isEqualTo("Original alt");
        assertThat(unchanged.credit().source()).isEqualTo("Wire");

        NewsroomClient editor = signedIn(TestAccounts.create(accounts, Role.EDITOR, null));
        editor.get("/newsroom/media/" + image.id());
        assertThat(editor.post("/newsroom/media/" + image.id(), metadata("Editor's caption")).statusCode()).isEqualTo(302);
        assertThat(media.find(image.id()).orElseThrow().caption()).isEqualTo("Editor's caption");
    }

    @Test
    void storyAnalyticsNeedTheRightToOpenTheStory() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        String secret = "Embargoed analytics headline " + System.nanoTime();
        long embargoed = storyOf(editor, secret);
        workflow.embargo(embargoed, clock.instant().plus(Duration.ofDays(3)));
        long own = storyOf(reporter, "Own analytics story " + System.nanoTime());

        NewsroomClient client = signedIn(reporter);
        var page = client.get("/newsroom/analytics/stories/" + embargoed);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain(secret);
        var csv = client.get("/newsroom/analytics/stories/" + embargoed + ".csv");
        assertThat(csv.statusCode()).isEqualTo(403);
        assertThat(csv.body()).doesNotContain(secret);

        assertThat(client.get("/newsroom/analytics/stories/" + own).statusCode()).isEqualTo(200);
        assertThat(client.get("/newsroom/analytics/stories/" + own + ".csv").statusCode()).isEqualTo(200);
        assertThat(signedIn(editor).get("/newsroom/analytics/stories/" + embargoed).body()).contains(secret);
    }
}
