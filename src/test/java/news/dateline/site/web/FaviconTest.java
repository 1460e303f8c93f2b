package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The site's icon: where browsers ask for it by themselves, and announced in every layout's head. */
class FaviconTest extends SiteTest {

    @Autowired
    Accounts accounts;

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theFaviconIsAnIconCachedForLong() throws Exception {
        HttpResponse<byte[]> ico = bytes("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        assertThat(ico.body()).startsWith(0, 0, 1, 0);
        assertThat(ico.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=31536000"));
        assertThat(ico.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<byte[]> svg = bytes("/assets/icon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        HttpResponse<byte[]> touch = bytes("/assets/apple-touch-icon.png");
        assertThat(touch.statusCode()).isEqualTo(200);
        assertThat(touch.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void everyLayoutAnnouncesTheIcons() {
        for (String path : new String[] {"/", PublicPagesTest.SEED, "/newsroom/login"}) {
            var head = Jsoup.parse(get(path).body()).head();
            assertThat(head.select("link[rel=icon][href=/favicon.ico]")).as(path).hasSize(1);
            assertThat(head.select("link[rel=icon][type=image/svg+xml]").attr("href")).as(path).isEqualTo("/assets/icon.svg");
        }
        var editor = TestAccounts.create(accounts, Role.EDITOR, null);
        var newsroom = new NewsroomClient(port);
        assertThat(newsroom.signIn(editor.username(), TestAccounts.PASSWORD)).endsWith("/newsroom");
        var head = Jsoup.parse(newsroom.get("/newsroom").body()).head();
        assertThat(head.select("link[rel=icon][href=/favicon.ico]")).hasSize(1);
        assertThat(head.select("link[rel=icon][type=image/svg+xml]").attr("href")).isEqualTo("/assets/icon.svg");
    }
}
