package news.dateline.imports.internal.ghost;

import static news.dateline.imports.internal.ghost.GhostExport.only;
import static news.dateline.imports.internal.ghost.GhostExport.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourcePost.Kind;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceState;
import news.dateline.imports.internal.source.SourceTerm;
import org.junit.jupiter.api.Test;

/** The real Ghost 5.130 export yields exactly what peer-exports/README.md section 2 counts. */
class GhostReaderTest {

    private static final List<SourceItem> ITEMS = GhostExport.read(GhostExport.file());
    private static final List<SourcePost> POSTS = only(ITEMS, SourcePost.class);
    private static final Map<String, String> NAMES = only(ITEMS, SourcePerson.class).stream()
            .collect(Collectors.toMap(SourcePerson::sourceId, SourcePerson::displayName));
    private static final Map<String, String> TAGS = only(ITEMS, SourceTerm.class).stream()
            .collect(Collectors.toMap(SourceTerm::sourceId, SourceTerm::name));

    @Test
    void theSiteComesFirstThenPeopleAndTagsBeforeThePosts() {
        assertThat(ITEMS.getFirst()).isEqualTo(new SourceSite("ghost-site", "ghost", "5.130.6", "Peer Newsroom (Ghost)",
                "__GHOST_URL__", ZoneId.of("Europe/Zurich"), "/%postname%/", "en"));
        assertThat(ITEMS.subList(1, 4)).allMatch(SourcePerson.class::isInstance);
        assertThat(ITEMS.subList(4, 13)).allMatch(SourceTerm.class::isInstance);
        assertThat(ITEMS.subList(13, ITEMS.size())).allMatch(SourcePost.class::isInstance).hasSize(22);
        assertThat(only(ITEMS, SourceSkipped.class)).isEmpty();
    }

    @Test
    void threeStaffUsersBecomePeopleWithoutTheirEmailsOrPasswords() {
        assertThat(only(ITEMS, SourcePerson.class)).extracting(SourcePerson::slug, SourcePerson::displayName,
                SourcePerson::oldUrl).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("hannah-kowalski", "Hannah Kowalski", "/author/hannah-kowalski/"),
                org.assertj.core.groups.Tuple.tuple("jose-alvarez", "José Álvarez Núñez", "/author/jose-alvarez/"),
                org.assertj.core.groups.Tuple.tuple("sam-adeyemi", "Sam Adeyemi", "/author/sam-adeyemi/"));
        SourcePerson hannah = only(ITEMS, SourcePerson.class).stream()
                .filter(p -> p.slug().equals("hannah-kowalski")).findFirst().orElseThrow();
        assertThat(hannah.bio()).startsWith("Editor-in-chief.");
        assertThat(hannah.photoUrl()).isEqualTo("__GHOST_URL__/content/images/2026/12/portrait-hannah.jpg");
        assertThat(hannah.website()).isEqualTo("https://example.com/hannah");
        assertThat(only(ITEMS, SourcePerson.class).toString()).doesNotContain("@example.com", "$2a$");
    }

    @Test
    void nineTagsOneOfThemInternal() {
        List<SourceTerm> tags = only(ITEMS, SourceTerm.class);
        assertThat(tags).hasSize(9).allMatch(t -> t.kind() == SourceTerm.Kind.TAG && t.parentSourceId().isEmpty());
        assertThat(tags).filteredOn(SourceTerm::internal).extracting(SourceTerm::name, SourceTerm::slug, SourceTerm::oldUrl)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("#breaking", "hash-breaking", "/tag/hash-breaking/"));
        assertThat(tags).filteredOn(t -> !t.internal()).extracting(SourceTerm::name).containsExactlyInAnyOrder(
                "News", "Politics", "Business", "Climate", "Culture", "Science", "Ukraine", "Opinion");
        assertThat(tags).filteredOn(t -> t.slug().equals("news")).first()
                .extracting(SourceTerm::description).isEqualTo("Breaking and daily news.");
    }

    @Test
    void twentyStoriesByStateAndTwoPages() {
        List<SourcePost> stories = POSTS.stream().filter(p -> p.kind() == Kind.STORY).toList();
        assertThat(stories).hasSize(20);
        assertThat(stories.stream().collect(Collectors.groupingBy(SourcePost::state, Collectors.counting())))
                .isEqualTo(Map.of(SourceState.PUBLISHED, 17L, SourceState.MEMBERS, 1L, SourceState.DRAFT, 1L,
                        SourceState.SCHEDULED, 1L));
        assertThat(titled(ITEMS, "Inside the stadium finance files").state()).isEqualTo(SourceState.MEMBERS);
        SourcePost scheduled = titled(ITEMS, "2026: the year in charts");
        assertThat(scheduled.state()).isEqualTo(SourceState.SCHEDULED);
        assertThat(scheduled.published()).isEqualTo(Instant.parse("2026-12-28T07:00:00Z"));
        assertThat(scheduled.oldUrl()).isEmpty();
        SourcePost draft = titled(ITEMS, "Interview with the new police chief");
        assertThat(draft.state()).isEqualTo(SourceState.DRAFT);
        assertThat(draft.published()).isNull();
        assertThat(draft.oldUrl()).isEmpty();
        assertThat(POSTS).filteredOn(p -> p.kind() == Kind.PAGE)
                .extracting(SourcePost::title, SourcePost::oldUrl, SourcePost::state).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("About Peer Newsroom", "__GHOST_URL__/about-peer-newsroom/",
                                SourceState.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple("Contact and corrections",
                                "__GHOST_URL__/contact-and-corrections/", SourceState.PUBLISHED));
    }

    @Test
    void datesAreUtcAndPublishedPostsKeepTheirOldAddress() {
        SourcePost port = titled(ITEMS, "Port strike ends after nine days");
        assertThat(port.published()).isEqualTo(Instant.parse("2026-09-06T15:20:00Z"));
        assertThat(port.modified()).isEqualTo(Instant.parse("2026-12-04T13:34:47Z"));
        assertThat(port.oldUrl()).isEqualTo("__GHOST_URL__/port-strike-ends-after-nine-days/");
        assertThat(port.format()).isEqualTo(SourcePost.Format.GHOST);
        assertThat(port.categoryIds()).isEmpty();
        assertThat(port.language()).isEqualTo("en");
        assertThat(titled(ITEMS, "Zürich’s lake-water heat pumps, explained").slug())
                .isEqualTo("zurichs-lake-water-heat-pumps-explained");
    }

    @Test
    void featureImagesWithAltAndCaptionsFeaturedFlagsExcerptsAndSeo() {
        assertThat(POSTS).allMatch(p -> p.featuredImageUrl().startsWith("__GHOST_URL__/content/images/2026/12/"))
                .allMatch(p -> !p.featuredImageAlt().isBlank()).allMatch(p -> p.featuredMediaId().isEmpty());
        assertThat(POSTS).filteredOn(p -> !p.featuredImageCaption().isBlank()).hasSize(12);
        assertThat(titled(ITEMS, "Port strike ends after nine days").featuredImageCaption())
                .isEqualTo("Cranes stood idle for nine days. Photo: Sam Adeyemi");
        assertThat(POSTS).filteredOn(SourcePost::featured).extracting(SourcePost::title).containsExactlyInAnyOrder(
                "Election night: live updates", "Review: the opera house's new Rosenkavalier");
        assertThat(POSTS).filteredOn(p -> !p.excerpt().isBlank()).extracting(SourcePost::title)
                .containsExactlyInAnyOrder("Port strike ends after nine days", "Inside the stadium finance files",
                        "Central bank holds rates, signals a cut in 2027", "Review: the opera house's new Rosenkavalier");
        SourcePost opinion = titled(ITEMS, "Opinion: Newsrooms should publish their corrections log");
        assertThat(opinion.seoTitle()).isEqualTo("Why we publish our corrections log");
        assertThat(opinion.seoDescription()).isEqualTo("An editor's note on corrections and trust.");
        assertThat(opinion.canonicalUrl()).isEqualTo("https://example.org/columns/corrections-log");
        assertThat(POSTS).filteredOn(p -> !p.canonicalUrl().isBlank()).hasSize(1);
    }

    @Test
    void bylinesInTheirOrder() {
        assertThat(names(titled(ITEMS, "Ukraine grain corridor: what the new deal changes").authorIds()))
                .containsExactly("Hannah Kowalski", "Sam Adeyemi");
        assertThat(names(titled(ITEMS, "Inside the stadium finance files").authorIds()))
                .containsExactly("Hannah Kowalski", "José Álvarez Núñez");
        assertThat(POSTS).filteredOn(p -> p.authorIds().size() > 1).hasSize(2);
        List<SourcePost> live = POSTS.stream().filter(p -> p.kind() == Kind.STORY)
                .filter(p -> p.state() == SourceState.PUBLISHED || p.state() == SourceState.MEMBERS).toList();
        assertThat(live).hasSize(18);
        assertThat(counts(live.stream().flatMap(p -> names(p.authorIds()).stream()).toList()))
                .isEqualTo(Map.of("Hannah Kowalski", 6L, "José Álvarez Núñez", 6L, "Sam Adeyemi", 8L));
        assertThat(counts(live.stream().map(p -> NAMES.get(p.authorIds().getFirst())).toList()))
                .isEqualTo(Map.of("Hannah Kowalski", 6L, "José Álvarez Núñez", 5L, "Sam Adeyemi", 7L));
    }

    @Test
    void tagsInTheirOrderWithTheInternalOneKept() {
        assertThat(tags(titled(ITEMS, "Election night: live updates").tagIds()))
                .containsExactly("Politics", "News", "#breaking");
        assertThat(tags(titled(ITEMS, "Ukraine grain corridor: what the new deal changes").tagIds()))
                .containsExactly("Ukraine", "Politics", "Business");
        List<SourcePost> live = POSTS.stream().filter(p -> p.kind() == Kind.STORY)
                .filter(p -> p.state() == SourceState.PUBLISHED || p.state() == SourceState.MEMBERS).toList();
        assertThat(counts(live.stream().flatMap(p -> tags(p.tagIds()).stream()).toList())).isEqualTo(Map.of(
                "News", 6L, "Politics", 5L, "Business", 5L, "Climate", 5L, "Culture", 3L, "Science", 2L,
                "#breaking", 2L, "Ukraine", 1L, "Opinion", 1L));
    }

    private static List<String> names(List<String> ids) {
        return ids.stream().map(NAMES::get).toList();
    }

    private static List<String> tags(List<String> ids) {
        return ids.stream().map(TAGS::get).toList();
    }

    private static Map<String, Long> counts(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
