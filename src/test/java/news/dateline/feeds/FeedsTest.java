package news.dateline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.articles.Articles;
import news.dateline.articles.PublishedStories;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import news.dateline.support.Newsdesk;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The RSS and Atom feeds over HTTP, read by ROME as a feed reader would. */
class FeedsTest extends SiteTest {

    static final Pattern RFC_822 = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
                    + "\\d{2}:\\d{2}:\\d{2} ([+-]\\d{4}|GMT|UT)");
    static final Pattern RFC_3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    @Autowired
    Articles articles;
    @Autowired
    PublishedStories published;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    news.dateline.accounts.Accounts accounts;

    private Newsdesk desk() {
        return newsdesk();
    }

    private HttpResponse<String> feed(String path, String type) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(type + ";charset=UTF-8");
        return response;
    }

    static Channel rss(String xml) throws Exception {
        var feed = new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        return (Channel) feed;
    }

    static Feed atom(String xml) throws Exception {
        var feed = new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return (Feed) feed;
    }

    static List<String> all(Pattern element, String xml) {
        Matcher m = element.matcher(xml);
        List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    @Test
    void theSiteRssFeedFollowsRss2() throws Exception {
        var desk = desk();
        var reporter = desk.reporter();
        long heroId = published.findPublished("xi-jinping-arrived-in-moscow-to-show-support-for-putin").orElseThrow().hero().imageId();
        var story = desk.workflow().publish(desk.draft("RSS story", desk.section(), reporter, heroId).id());

        String xml = feed("/feeds/rss.xml", "application/rss+xml").body();
        Channel channel = rss(xml);

        assertThat(channel.getTitle()).isEqualTo("Dateline");
        assertThat(channel.getLink()).isEqualTo("http://localhost:8080/");
        assertThat(channel.getDescription()).isNotBlank();
        assertThat(channel.getLanguage()).isEqualTo("en");
        assertThat(channel.getItems()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        for (Item item : channel.getItems()) {
            assertThat(item.getTitle()).isNotBlank();
            assertThat(item.getLink()).startsWith("http://localhost:8080/");
            assertThat(item.getGuid().isPermaLink()).isFalse();
            assertThat(item.getGuid().getValue()).matches("tag:localhost,\\d{4}-\\d{2}-\\d{2}:article:\\d+");
            assertThat(item.getPubDate()).isNotNull();
            assertThat(item.getDescription().getValue()).isNotBlank();
            assertThat(item.getContent().getValue()).contains("<p>").doesNotContain("href=\"/").doesNotContain("src=\"/");
        }
        assertThat(channel.getItems()).extracting(i -> i.getGuid().getValue()).doesNotHaveDuplicates();
        assertThat(all(Pattern.compile("<pubDate>([^<]*)</pubDate>"), xml)).isNotEmpty().allMatch(d -> RFC_822.matcher(d).matches());
        assertThat(all(Pattern.compile("<lastBuildDate>([^<]*)</lastBuildDate>"), xml)).hasSize(1).allMatch(d -> RFC_822.matcher(d).matches());
        assertThat(xml).contains("<atom:link href=\"http://localhost:8080/feeds/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>");

        Item mine = channel.getItems().stream().filter(i -> i.getTitle().equals(story.headline())).findFirst().orElseThrow();
        assertThat(mine.getGuid().getValue()).endsWith(":article:" + story.id());
        assertThat(mine.getLink()).isEqualTo("http://localhost:8080" + desk.path(story));
        assertThat(mine.getPubDate().toInstant()).isEqualTo(story.firstPublishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(mine.getDescription().getValue()).isEqualTo(story.standfirst());
        assertThat(mine.getContent().getValue()).contains("First paragraph of " + story.headline())
                .contains("href=\"http://localhost:8080/world\"");
        assertThat(xml).contains("<dc:creator>" + reporter.displayName() + "</dc:creator>");
        assertThat(xml).containsPattern("<media:content url=\"http://localhost:8080/media/[0-9a-f]+/16x9-\\d+-\\d+-1280\\.jpg\" "
                + "type=\"image/jpeg\" medium=\"image\" width=\"1280\" height=\"720\">");
        assertThat(get(URI.create(all(Pattern.compile("<media:content url=\"([^\"]+)\""), xml).get(0)).getPath()).statusCode()).isEqualTo(200);
    }

    @Test
    void theSiteAtomFeedFollowsRfc4287() throws Exception {
        var desk = desk();
        var story = desk.published("Atom story", desk.section(), desk.reporter());

        String xml = feed("/feeds/atom.xml", "application/atom+xml").body();
        Feed feed = atom(xml);

        assertThat(feed.getId()).isEqualTo("http://localhost:8080/feeds/atom.xml");
        assertThat(feed.getTitleEx().getValue()).isEqualTo("Dateline");
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getOtherLinks()).anySatisfy(l -> {
            assertThat(l.getRel()).isEqualTo("self");
            assertThat(l.getHref()).isEqualTo("http://localhost:8080/feeds/atom.xml");
        });
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getEntries()).isNotEmpty();
        for (Entry entry : feed.getEntries()) {
            assertThat(entry.getId()).startsWith("tag:localhost,");
            assertThat(entry.getTitleEx().getValue()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getPublished()).isNotNull();
            assertThat(entry.getAlternateLinks()).hasSize(1);
            assertThat(entry.getSummary().getValue()).isNotBlank();
            assertThat(entry.getContents()).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo("html");
                assertThat(c.getValue()).contains("<p>");
            });
        }
        assertThat(feed.getEntries()).extracting(Entry::getId).doesNotHaveDuplicates();
        assertThat(all(Pattern.compile("<(?:updated|published)>([^<]*)</(?:updated|published)>"), xml))
                .isNotEmpty().allMatch(d -> RFC_3339.matcher(d).matches());

        Entry mine = feed.getEntries().stream().filter(e -> e.getTitleEx().getValue().equals(story.headline())).findFirst().orElseThrow();
        assertThat(mine.getAuthors()).singleElement().satisfies(a -> assertThat(a.getUri()).startsWith("http://localhost:8080/people/reporter-"));
        assertThat(mine.getPublished().toInstant()).isEqualTo(story.firstPublishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void sectionAndPersonFeedsHoldOnlyTheirStories() throws Exception {
        var desk = desk();
        var reporter = desk.reporter();
        var world = desk.section();
        var business = desk.otherSection();
        var inWorld = desk.published("World story", world, reporter);
        var inBusiness = desk.published("Business story", business, reporter);

        Channel person = rss(feed("/feeds/people/" + reporter.slug() + "/rss.xml", "application/rss+xml").body());
        assertThat(person.getItems()).extracting(Item::getTitle).containsExactly(inBusiness.headline(), inWorld.headline());
        Feed personAtom = atom(feed("/feeds/people/" + reporter.slug() + "/atom.xml", "application/atom+xml").body());
        assertThat(personAtom.getEntries()).extracting(e -> e.getTitleEx().getValue())
                .containsExactly(inBusiness.headline(), inWorld.headline());

        Channel section = rss(feed("/feeds/sections/" + business.slug() + "/rss.xml", "application/rss+xml").body());
        assertThat(section.getTitle()).isEqualTo(business.name() + " | Dateline");
        assertThat(section.getItems()).extracting(Item::getTitle).contains(inBusiness.headline()).doesNotContain(inWorld.headline());
        assertThat(section.getItems()).allSatisfy(i -> assertThat(i.getCategories().get(0).getValue()).isEqualTo(business.name()));
        Feed sectionAtom = atom(feed("/feeds/sections/" + business.slug() + "/atom.xml", "application/atom+xml").body());
        assertThat(sectionAtom.getEntries()).extracting(e -> e.getTitleEx().getValue()).contains(inBusiness.headline());
    }

    /** What a feed reader shows for an RSS title or description: it decodes the value once more, as HTML. */
    private static org.jsoup.nodes.Element asHtml(String value) {
        return org.jsoup.Jsoup.parseBodyFragment(value).body();
    }

    @Test
    void rssTextIsEscapedForReadersThatDecodeItAsHtml() throws Exception {
        var desk = desk();
        long n = System.nanoTime();
        String sectionName = "<img src=x onerror=alert(1)> " + n;
        var section = sections.create(sectionName, "escaping-" + n, 102);
        String description = "<script>alert(1)</script>";
        var story = desk.workflow().publish(articles.file(new news.dateline.articles.NewArticle("Escaping & story " + n, null,
                "Standfirst.", "Body.", section.id(), List.of(desk.reporter().id()), List.of(), null, "", description),
                desk.staff()).id());

        Channel channel = rss(feed("/feeds/sections/" + section.slug() + "/rss.xml", "application/rss+xml").body());
        assertThat(asHtml(channel.getTitle()).select("img")).isEmpty();
        assertThat(asHtml(channel.getTitle()).text()).isEqualTo(sectionName + " | Dateline");
        assertThat(asHtml(channel.getDescription()).select("img")).isEmpty();
        assertThat(asHtml(channel.getDescription()).text()).contains(sectionName);
        assertThat(asHtml(channel.getImage().getTitle()).text()).isEqualTo(sectionName + " | Dateline");
        Item item = channel.getItems().get(0);
        assertThat(asHtml(item.getTitle()).text()).isEqualTo(story.headline());
        assertThat(asHtml(item.getDescription().getValue()).select("script")).isEmpty();
        assertThat(asHtml(item.getDescription().getValue()).text()).isEqualTo(description);
        assertThat(item.getContent().getValue()).contains("<p>Body.</p>");
        assertThat(item.getCategories().get(0).getValue()).as("a category is plain text").isEqualTo(sectionName);

        Feed atom = atom(feed("/feeds/sections/" + section.slug() + "/atom.xml", "application/atom+xml").body());
        assertThat(atom.getTitleEx().getValue()).as("Atom says type=text").isEqualTo(sectionName + " | Dateline");
    }

    @Test
    void unknownOrMalformedFeedAddressesAre404() {
        for (String path : List.of("/feeds/sections/no-such-section/rss.xml", "/feeds/people/no-such-person/atom.xml",
                "/feeds/sections/BAD_Slug/rss.xml", "/feeds/rss.json", "/feeds/sections/world/rss.xml/extra")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(get("/feeds/people/x/../rss.xml").statusCode()).isBetween(400, 499);
    }

}
