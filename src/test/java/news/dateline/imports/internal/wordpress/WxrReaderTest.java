package news.dateline.imports.internal.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourceMedia;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceState;
import news.dateline.imports.internal.source.SourceTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real WordPress 6.1 export of the shared peer exports yields exactly what its README counts. */
class WxrReaderTest {

    static List<SourceItem> items;

    @BeforeAll
    static void read() {
        items = new ArrayList<>();
        new WxrReader().read(resource("wordpress-wxr.xml"), items::add);
    }

    static Path resource(String name) {
        try {
            return Path.of(WxrReaderTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> List<T> all(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static SourcePost post(String id) {
        return all(SourcePost.class).stream().filter(p -> p.sourceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSiteComesFirstWithItsZoneAndPermalinks() {
        var site = (SourceSite) items.getFirst();
        assertThat(site.platform()).isEqualTo("wordpress");
        assertThat(site.title()).isEqualTo("Peer Newsroom (WordPress)");
        assertThat(site.baseUrl()).isEqualTo("http://127.0.0.1:8081");
        assertThat(site.version()).isEqualTo("1.2");
        assertThat(site.language()).isEqualTo("en-US");
        assertThat(site.permalinks()).isEqualTo("/%year%/%monthnum%/%day%/%postname%/");
        // Europe/Zurich: summer and winter time, told apart from the post dates' local/GMT pairs.
        assertThat(site.zone().getRules().getOffset(Instant.parse("2026-09-07T05:45:00Z")).getTotalSeconds()).isEqualTo(7200);
        assertThat(site.zone().getRules().getOffset(Instant.parse("2026-12-28T07:00:00Z")).getTotalSeconds()).isEqualTo(3600);
        assertThat(site.zone().getId()).isEqualTo("Europe/Zurich");
        assertThat(all(SourceSite.class)).hasSize(1);
    }

    @Test
    void fourAuthorsWithoutTheirAddresses() {
        var people = all(SourcePerson.class);
        assertThat(people).extracting(SourcePerson::sourceId).containsExactly("aditya", "zangstrom", "mokafor", "dreyes");
        var zoe = people.get(1);
        assertThat(zoe.displayName()).isEqualTo("Zoë Ångström");
        assertThat(zoe.slug()).isEqualTo("zoe-angstrom");
        assertThat(zoe.oldUrl()).isEqualTo("/author/zangstrom/");
        assertThat(people).allSatisfy(p -> assertThat(p.toString()).doesNotContain("@example.test"));
    }

    @Test
    void sixCategoriesWithMarketsUnderBusinessAndTenTags() {
        var terms = all(SourceTerm.class);
        var categories = terms.stream().filter(t -> t.kind() == SourceTerm.Kind.CATEGORY).toList();
        var tags = terms.stream().filter(t -> t.kind() == SourceTerm.Kind.TAG).toList();
        assertThat(categories).extracting(SourceTerm::name)
                .containsExactlyInAnyOrder("World", "Politics", "Business", "Markets", "Culture", "Uncategorized");
        assertThat(tags).hasSize(10);
        assertThat(terms).extracting(SourceTerm::sourceId).doesNotHaveDuplicates();
        var business = byName(categories, "Business");
        var markets = byName(categories, "Markets");
        assertThat(markets.parentSourceId()).isEqualTo(business.sourceId()).isNotBlank();
        assertThat(markets.oldUrl()).isEqualTo("/category/business/markets/");
        assertThat(business.parentSourceId()).isEmpty();
        assertThat(business.description()).isEqualTo("Companies, trade, energy and the economy.");
        var zurich = byName(tags, "Zürich");
        assertThat(zurich.slug()).isEqualTo("zurich");
        assertThat(zurich.oldUrl()).isEqualTo("/tag/zurich/");
    }

    private static SourceTerm byName(List<SourceTerm> terms, String name) {
        return terms.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void thirtyEightPicturesAllWithAltTextAndThirtySevenWithCaptions() {
        var media = all(SourceMedia.class);
        assertThat(media).hasSize(38);
        assertThat(media).allSatisfy(m -> assertThat(m.alt()).isNotBlank());
        assertThat(media).filteredOn(m -> !m.caption().isBlank()).hasSize(37);
        assertThat(media).filteredOn(m -> m.caption().isBlank()).extracting(SourceMedia::path)
                .containsExactly("wp-content/uploads/2026/12/festival-gallery-3.jpg");
        assertThat(media).filteredOn(m -> m.mimeType().equals("image/png")).hasSize(3);
        assertThat(media).filteredOn(m -> m.mimeType().equals("image/jpeg")).hasSize(35);
        var chamber = media.stream().filter(m -> m.sourceId().equals("5")).findFirst().orElseThrow();
        assertThat(chamber.url()).isEqualTo("http://127.0.0.1:8081/wp-content/uploads/2026/12/parliament-chamber.jpg");
        assertThat(chamber.path()).isEqualTo("wp-content/uploads/2026/12/parliament-chamber.jpg");
        assertThat(chamber.credit()).isEqualTo("Photo: Peer Newsroom / staff");
        assertThat(chamber.caption()).isEqualTo("MPs return to a chamber divided over the budget. Photo: Peer Newsroom");
        assertThat(chamber.parentPostId()).isEqualTo("43");
        assertThat(chamber.sizes()).containsExactly(
                "http://127.0.0.1:8081/wp-content/uploads/2026/12/parliament-chamber-300x169.jpg",
                "http://127.0.0.1:8081/wp-content/uploads/2026/12/parliament-chamber-1024x576.jpg",
                "http://127.0.0.1:8081/wp-content/uploads/2026/12/parliament-chamber-150x150.jpg",
                "http://127.0.0.1:8081/wp-content/uploads/2026/12/parliament-chamber-768x432.jpg",
                "http://127.0.0.1:8081/wp-content/uploads/2026/12/parliament-chamber-1536x864.jpg");
    }

    @Test
    void twentySixPostsByStateAndTwoPages() {
        var posts = all(SourcePost.class);
        var stories = posts.stream().filter(p -> p.kind() == SourcePost.Kind.STORY).toList();
        assertThat(stories).hasSize(26);
        assertThat(stories.stream().collect(Collectors.groupingBy(SourcePost::state, Collectors.counting())))
                .isEqualTo(Map.of(SourceState.PUBLISHED, 21L, SourceState.PASSWORD, 1L, SourceState.PRIVATE, 1L,
                        SourceState.DRAFT, 2L, SourceState.SCHEDULED, 1L));
        assertThat(post("63").state()).isEqualTo(SourceState.PASSWORD);
        assertThat(posts).allSatisfy(p -> assertThat(p.format()).isEqualTo(SourcePost.Format.WORDPRESS));

        var pages = posts.stream().filter(p -> p.kind() == SourcePost.Kind.PAGE).toList();
        assertThat(pages).extracting(SourcePost::title).containsExactly("About us", "Corrections policy");
        assertThat(pages.get(1).parentId()).isEqualTo(pages.get(0).sourceId());
        assertThat(pages.get(1).menuOrder()).isEqualTo(1);
        assertThat(pages.get(0).parentId()).isEmpty();
        assertThat(pages).allSatisfy(p -> assertThat(p.authorIds()).containsExactly("zangstrom"));
    }

    @Test
    void publishedStoriesPerAuthor() {
        var published = all(SourcePost.class).stream()
                .filter(p -> p.kind() == SourcePost.Kind.STORY)
                .filter(p -> p.state() == SourceState.PUBLISHED || p.state() == SourceState.PASSWORD)
                .collect(Collectors.groupingBy(p -> p.authorIds().getFirst(), Collectors.counting()));
        assertThat(published).isEqualTo(Map.of("aditya", 5L, "dreyes", 6L, "mokafor", 7L, "zangstrom", 4L));
    }

    @Test
    void publishedStoriesPerCategoryAndTag() {
        Map<String, String> names = all(SourceTerm.class).stream()
                .collect(Collectors.toMap(SourceTerm::sourceId, SourceTerm::name));
        var published = all(SourcePost.class).stream().filter(p -> p.kind() == SourcePost.Kind.STORY)
                .filter(p -> p.state() == SourceState.PUBLISHED || p.state() == SourceState.PASSWORD).toList();
        assertThat(published.stream().flatMap(p -> p.categoryIds().stream())
                .collect(Collectors.groupingBy(names::get, Collectors.counting())))
                .isEqualTo(Map.of("World", 6L, "Politics", 7L, "Business", 4L, "Markets", 3L, "Culture", 3L));
        assertThat(published.stream().flatMap(p -> p.tagIds().stream())
                .collect(Collectors.groupingBy(names::get, Collectors.counting())))
                .isEqualTo(Map.ofEntries(Map.entry("Energy", 6L), Map.entry("Central banks", 4L),
                        Map.entry("Climate", 4L), Map.entry("Elections", 4L), Map.entry("Inflation", 4L),
                        Map.entry("Housing", 3L), Map.entry("China", 2L), Map.entry("Ukraine", 2L),
                        Map.entry("Film", 1L), Map.entry("Zürich", 1L)));
    }

    @Test
    void datesComeFromTheGmtFields() {
        assertThat(post("43").published()).isEqualTo(Instant.parse("2026-09-07T05:45:00Z"));
        assertThat(post("43").modified()).isEqualTo(Instant.parse("2026-09-07T05:45:00Z"));
        assertThat(post("67").state()).isEqualTo(SourceState.SCHEDULED);
        assertThat(post("67").published()).isEqualTo(Instant.parse("2026-12-28T07:00:00Z"));
        assertThat(post("65").state()).isEqualTo(SourceState.DRAFT);
        assertThat(post("65").published()).isNull();
        assertThat(post("65").slug()).isEmpty();
        assertThat(post("65").oldUrl()).isEmpty();
        assertThat(post("64").state()).isEqualTo(SourceState.PRIVATE);
        assertThat(post("64").published()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
    }

    @Test
    void slugsLinksAndTheRest() {
        var kyiv = post("49");
        assertThat(kyiv.title()).startsWith("Київ готується до зими");
        assertThat(kyiv.slug()).startsWith("київ-готується-до-зими-енергетики-").doesNotContain("%", "\uFFFD");
        assertThat(post("48").slug()).isEqualTo("coalition-talks-stall-over-pension-reform");
        assertThat(post("43").oldUrl())
                .isEqualTo("http://127.0.0.1:8081/2026/09/07/parliament-opens-autumn-session-with-a-budget-fight-looming/");
        assertThat(post("67").oldUrl()).isEqualTo("http://127.0.0.1:8081/?p=67");
        assertThat(post("61").featured()).isTrue();
        assertThat(all(SourcePost.class)).filteredOn(SourcePost::featured).hasSize(1);
        assertThat(post("47").excerpt()).isNotBlank();
        assertThat(post("4").excerpt()).isNotBlank();
        assertThat(post("43").excerpt()).isEmpty();
        assertThat(post("56").categoryIds()).hasSize(2);
        assertThat(post("45").body()).contains("[gallery", "[caption");
    }

    @Test
    void twentyFourFeaturedImagesEachAPictureEmittedBeforeItsPost() {
        var withImage = all(SourcePost.class).stream().filter(p -> !p.featuredMediaId().isEmpty()).toList();
        assertThat(withImage).hasSize(24);
        assertThat(post("4").featuredMediaId()).isEmpty();
        assertThat(post("66").featuredMediaId()).isEmpty();
        for (var post : all(SourcePost.class)) {
            int at = items.indexOf(post);
            var before = items.subList(0, at);
            Function<String, Boolean> emitted = id -> before.stream().anyMatch(i -> i.sourceId().equals(id)
                    && !(i instanceof SourcePost));
            if (!post.featuredMediaId().isEmpty()) {
                assertThat(emitted.apply(post.featuredMediaId())).as("picture of %s", post.sourceId()).isTrue();
            }
            post.authorIds().forEach(id -> assertThat(emitted.apply(id)).isTrue());
            post.categoryIds().forEach(id -> assertThat(emitted.apply(id)).isTrue());
            post.tagIds().forEach(id -> assertThat(emitted.apply(id)).isTrue());
        }
    }

    @Test
    void sixCommentsReportedOnOneLinePerPost() {
        var skipped = all(SourceSkipped.class);
        assertThat(skipped).allSatisfy(s -> assertThat(s.kind()).isEqualTo("comment"));
        assertThat(skipped).extracting(SourceSkipped::sourceId).containsExactly("45", "49", "61");
        var line = Pattern.compile("(\\d+) comments? not imported \\((\\d+) pending\\)");
        int comments = 0;
        int pending = 0;
        for (var s : skipped) {
            var m = line.matcher(s.reason());
            assertThat(m.matches()).as(s.reason()).isTrue();
            comments += Integer.parseInt(m.group(1));
            pending += Integer.parseInt(m.group(2));
        }
        assertThat(comments).isEqualTo(6);
        assertThat(pending).isEqualTo(1);
        assertThat(post("45").comments()).isEqualTo(3);
        assertThat(skipped.getFirst().reason()).isEqualTo("3 comments not imported (0 pending)");
    }
}
