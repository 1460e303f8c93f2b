package news.dateline.imports.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.imports.internal.source.SourceException;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceState;
import news.dateline.imports.internal.source.SourceTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real WordPress and Ghost feeds, a hand-written Atom feed, and broken ones. */
class FeedReaderTest {

    @TempDir
    Path dir;

    static List<SourceItem> read(Path file) {
        List<SourceItem> items = new ArrayList<>();
        new FeedReader().read(file, items::add);
        return items;
    }

    static Path resource(String name) {
        try {
            return Path.of(FeedReaderTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> List<T> all(List<SourceItem> items, Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theWordPressFeedHoldsItsTenNewestPostsOneOfThemProtected() {
        var items = read(resource("wordpress-rss.xml"));
        var site = (SourceSite) items.getFirst();
        assertThat(site.platform()).isEqualTo("feed");
        assertThat(site.version()).isEqualTo("rss 2.0");
        assertThat(site.title()).isEqualTo("Peer Newsroom (WordPress)");
        assertThat(site.baseUrl()).isEqualTo("http://127.0.0.1:8081");
        assertThat(site.language()).isEqualTo("en-US");
        var posts = all(items, SourcePost.class);
        assertThat(posts).hasSize(10);
        assertThat(posts).allSatisfy(p -> assertThat(p.format()).isEqualTo(SourcePost.Format.HTML));
        var investigation = posts.get(1);
        assertThat(investigation.state()).isEqualTo(SourceState.PASSWORD);
        assertThat(investigation.title()).isEqualTo("Investigation: the hidden costs of the stadium deal");
        assertThat(investigation.body()).doesNotContain("post_password");
        assertThat(posts).filteredOn(p -> p.state() == SourceState.PUBLISHED).hasSize(9);
        assertThat(investigation.published()).isEqualTo(Instant.parse("2026-11-20T06:00:00Z"));
        assertThat(investigation.slug()).isEqualTo("investigation-the-hidden-costs-of-the-stadium-deal");
        assertThat(investigation.oldUrl())
                .isEqualTo("http://127.0.0.1:8081/2026/11/20/investigation-the-hidden-costs-of-the-stadium-deal/");
        assertThat(investigation.authorIds()).containsExactly("Daniel Reyes");
        assertThat(posts.getFirst().body()).startsWith("<p>Chinese President Xi Jinping arrived in Moscow");
        assertThat(posts.getFirst().excerpt()).startsWith("Chinese President Xi Jinping arrived in Moscow for a three-day");
        assertThat(posts.getLast().title()).isEqualTo("Review: a quiet, devastating debut novel");
    }

    @Test
    void peopleAndTagsComeJustBeforeTheFirstPostNamingThem() {
        var items = read(resource("ghost-rss.xml"));
        var posts = all(items, SourcePost.class);
        assertThat(posts).hasSize(15);
        assertThat(posts).allSatisfy(p -> assertThat(p.state()).isEqualTo(SourceState.PUBLISHED));
        assertThat(posts.getFirst().title()).isEqualTo("Winter storm warning for the Alps");
        assertThat(posts.getLast().title()).isEqualTo("The quiet return of the neighbourhood cinema");
        assertThat(posts.getFirst().featuredImageUrl()).isEqualTo("http://127.0.0.1:2368/content/images/2026/12/alps-storm.jpg");
        assertThat(posts.getFirst().slug()).isEqualTo("winter-storm-warning-for-the-alps");
        assertThat(posts.getFirst().sourceId()).isEqualTo("6b12c17ac58f30236ac9344f");
        var people = all(items, SourcePerson.class);
        assertThat(people).extracting(SourcePerson::displayName)
                .containsExactlyInAnyOrder("Sam Adeyemi", "José Álvarez Núñez", "Hannah Kowalski");
        assertThat(people).filteredOn(p -> p.displayName().equals("José Álvarez Núñez")).singleElement()
                .extracting(SourcePerson::slug).isEqualTo("jose-alvarez-nunez");
        assertThat(all(items, SourceTerm.class)).extracting(SourceTerm::sourceId).doesNotHaveDuplicates();
        for (var post : posts) {
            var before = items.subList(0, items.indexOf(post));
            post.authorIds().forEach(id -> assertThat(before).anyMatch(i -> i instanceof SourcePerson && i.sourceId().equals(id)));
            post.tagIds().forEach(id -> assertThat(before).anyMatch(i -> i instanceof SourceTerm && i.sourceId().equals(id)));
        }
        assertThat(posts.getFirst().tagIds()).containsExactly("News", "Climate");
    }

    @Test
    void anAtomFeed() throws IOException {
        Path atom = Files.writeString(dir.resolve("atom.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">
                  <title>Вечірні новини</title>
                  <link href="https://example.test/news/feed.atom" rel="self"/>
                  <link href="https://example.test/news/"/>
                  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                  <updated>2026-12-01T18:30:02+02:00</updated>
                  <author><name>Newsdesk</name></author>
                  <entry>
                    <title type="html">Київ &amp;amp; Zürich</title>
                    <link rel="alternate" href="https://example.test/news/%D0%BA%D0%B8%D1%97%D0%B2-zurich/"/>
                    <id>tag:example.test,2026:1</id>
                    <published>2026-12-01T18:30:02+02:00</published>
                    <updated>2026-12-02T08:00:00Z</updated>
                    <author><name>Zoë Ångström</name></author>
                    <category term="energy" label="Energy"/>
                    <category term="zurich"/>
                    <summary>Short.</summary>
                    <content type="html">&lt;p&gt;Body &lt;em&gt;one&lt;/em&gt;.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Plain &lt;text&gt;</title>
                    <link href="https://example.test/news/two/"/>
                    <id>tag:example.test,2026:2</id>
                    <updated>2026-12-03T08:00:00Z</updated>
                    <author><name>Zoë Ångström</name></author>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <b>XHTML</b> &amp; more</p></div></content>
                  </entry>
                  <entry>
                    <title>Text</title>
                    <id>tag:example.test,2026:3</id>
                    <published>2026-12-04T08:00:00Z</published>
                    <content>First &amp; only.

                Second paragraph.</content>
                  </entry>
                </feed>
                """, StandardCharsets.UTF_8);
        var items = read(atom);
        var site = (SourceSite) items.getFirst();
        assertThat(site.version()).isEqualTo("atom");
        assertThat(site.title()).isEqualTo("Вечірні новини");
        assertThat(site.baseUrl()).isEqualTo("https://example.test/news");
        assertThat(site.language()).isEqualTo("uk");
        assertThat(site.zone().getId()).isEqualTo("+02:00");
        var posts = all(items, SourcePost.class);
        assertThat(posts).hasSize(3);
        var first = posts.getFirst();
        assertThat(first.sourceId()).isEqualTo("tag:example.test,2026:1");
        assertThat(first.title()).isEqualTo("Київ & Zürich");
        assertThat(first.slug()).isEqualTo("київ-zurich");
        assertThat(first.body()).isEqualTo("<p>Body <em>one</em>.</p>");
        assertThat(first.excerpt()).isEqualTo("Short.");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-12-01T16:30:02Z"));
        assertThat(first.modified()).isEqualTo(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(first.authorIds()).containsExactly("Zoë Ångström");
        assertThat(first.tagIds()).containsExactly("Energy", "zurich");
        assertThat(posts.get(1).title()).isEqualTo("Plain <text>");
        assertThat(posts.get(1).body()).isEqualTo("<div><p>Inline <b>XHTML</b> &amp; more</p></div>");
        assertThat(posts.get(1).published()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(posts.get(2).body()).isEqualTo("<p>First &amp; only.</p>\n<p>Second paragraph.</p>");
        assertThat(posts.get(2).authorIds()).containsExactly("Newsdesk");
        assertThat(all(items, SourcePerson.class)).extracting(SourcePerson::displayName)
                .containsExactly("Zoë Ångström", "Newsdesk");
        assertThat(all(items, SourcePerson.class).getFirst().slug()).isEqualTo("zoe-angstrom");
    }

    @Test
    void rssVariantsAuthorsDatesAndComments() throws IOException {
        Path rss = Files.writeString(dir.resolve("rss.xml"), """
                <rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel>
                <title>Desk</title><link>https://example.test/</link>
                <item><title>One</title><author>desk@example.test (Marcus Okafor)</author>
                <pubDate>Sat, 5 Dec 2026 09:15:00 EST</pubDate><description>&lt;p&gt;Only a description.&lt;/p&gt;</description>
                <slash:comments>2</slash:comments></item>
                <item><title>Two</title><guid>two</guid><pubDate>not a date</pubDate></item>
                </channel></rss>
                """, StandardCharsets.UTF_8);
        var items = read(rss);
        var posts = all(items, SourcePost.class);
        assertThat(posts.getFirst().authorIds()).containsExactly("Marcus Okafor");
        assertThat(posts.getFirst().body()).isEqualTo("<p>Only a description.</p>");
        assertThat(posts.getFirst().excerpt()).isEmpty();
        assertThat(posts.getFirst().sourceId()).isEqualTo("item-1");
        assertThat(posts.getFirst().published()).isEqualTo(Instant.parse("2026-12-05T14:15:00Z"));
        assertThat(posts.get(1).published()).isNull();
        assertThat(all(items, SourceSkipped.class)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("comment");
            assertThat(s.reason()).startsWith("2 comments not imported");
        });
        assertThat(items.toString()).doesNotContain("desk@example.test");
    }

    @Test
    void brokenAndHostileFeedsAreRefusedPlainly() throws IOException {
        refused(Files.writeString(dir.resolve("empty.xml"), ""), "empty");
        refused(Files.writeString(dir.resolve("text.xml"), "just words"), "not an XML file");
        refused(Files.writeString(dir.resolve("html.xml"), "<html><body/></html>"), "not an RSS or Atom feed");
        refused(Files.writeString(dir.resolve("xxe.xml"), """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&x;</title></channel></rss>"""), "DOCTYPE");
        refused(Files.writeString(dir.resolve("lol.xml"), """
                <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>&lol2;</title></feed>"""), "DOCTYPE");
        refused(resource("wordpress-wxr.xml"), "WordPress export");
        refused(Files.writeString(dir.resolve("deep.xml"), "<rss><channel><item>" + "<x>".repeat(100_000)),
                "nests elements more than 64 deep");
        String real = Files.readString(resource("ghost-rss.xml"));
        refused(Files.writeString(dir.resolve("cut.xml"), real.substring(0, real.length() - 500)), "truncated");
    }

    private static void refused(Path file, String words) {
        assertThatThrownBy(() -> read(file)).isInstanceOf(SourceException.class).hasMessageContaining(words)
                .message().doesNotContain("Exception", "ParseError");
    }
}
