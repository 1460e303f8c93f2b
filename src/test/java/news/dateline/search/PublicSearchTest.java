package news.dateline.search;

import static news.dateline.search.SearchFixtures.awaitFound;
import static news.dateline.search.SearchFixtures.awaitIndexed;
import static news.dateline.search.SearchFixtures.ids;
import static news.dateline.search.SearchFixtures.newsroom;
import static news.dateline.search.SearchFixtures.readers;
import static news.dateline.search.SearchFixtures.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.Staff;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Sections;
import news.dateline.support.MutableClock;
import news.dateline.support.Newsdesk;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Ranking, language, phrases, misspellings, filters and paging of search, and what readers may find. */
class PublicSearchTest extends SiteTest {

    @Autowired
    ArticleSearch search;
    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    MutableClock clock;
    @Autowired
    news.dateline.accounts.Accounts accounts;

    private long world;
    private Instant now;
    private Newsdesk desk;
    private long byline;

    @BeforeEach
    void setUp() {
        now = clock.instant();
        byline = people.all().get(0).id();
        desk = new Newsdesk(articles, workflow, sections, people, new Staff(accounts.all().get(0).id(), "Search Test"));
        world = desk.section().id(); // the tests' own section: the demo fronts keep their stories for other tests
    }

    /** A story filed as the first account, as the newsroom would; one naming no byline gets the first person's. */
    private Article draft(long section, String headline, String standfirst, String body, List<Long> bylines,
                          List<String> tags) {
        return desk.draft(section, headline, standfirst, body, bylines.isEmpty() ? List.of(byline) : bylines, tags);
    }

    /** A story by the first person, published as of {@code at}. */
    private Article published(long section, String headline, String body, Instant at) {
        return desk.publishedAsOf(section, headline, body, List.of(byline), at);
    }

    @Test
    void anEmbedCardsLabelIsNotIndexedButTheAuthorsWordsAre() {
        String word = uniqueWord();
        Article story = published(world, "Flood footage " + word, "Residents filmed the river.\n\n"
                + "https://www.youtube.com/watch?v=ScMzIvxBSi4\n\nThe water fell by evening.", now.minus(Duration.ofHours(1)));
        assertThat(story.body().html()).contains("data-embed-provider=\"youtube\"", "Load video");
        awaitFound(search, readers(word + " residents evening"), List.of(story.id()));
        assertThat(ids(search.find(readers(word + " youtube")))).doesNotContain(story.id());
        assertThat(ids(search.find(readers(word + " \"load video\"")))).doesNotContain(story.id());
        assertThat(ids(search.find(readers(word + " connects")))).doesNotContain(story.id());
    }

    @Test
    void aHeadlineMatchRanksAboveABodyMatchAndFresherStoriesWinTies() {
        String word = uniqueWord();
        Article inBody = published(world, "Harbour authority reports on the year",
                "The annual report mentions " + word + " once, deep in a long paragraph about cargo volumes and berths.",
                now.minus(Duration.ofHours(1)));
        Article inHeadline = published(world, "Inquiry into " + word + " opens", "Hearings begin next week.",
                now.minus(Duration.ofDays(3)));
        awaitFound(search, readers(word), List.of(inHeadline.id(), inBody.id()));

        String twin = uniqueWord();
        Article older = published(world, "Twin story " + twin, "Same words.", now.minus(Duration.ofDays(5)));
        Article newer = published(world, "Twin story " + twin, "Same words.", now.minus(Duration.ofDays(4)));
        awaitFound(search, readers(twin), List.of(newer.id(), older.id()));
    }

    @Test
    void englishWordsAreFoundInOtherFormsAndPhrasesMustMatchInOrder() {
        String word = uniqueWord();
        Article running = published(world, "Ferries " + word, "Crews were running extra boats to the islands.",
                now.minus(Duration.ofHours(2)));
        Article kite = published(world, "Birds " + word, "A red kite was seen over the valley; the kite was red.",
                now.minus(Duration.ofHours(3)));
        awaitIndexed(search, readers(word), List.of(running.id(), kite.id()));
        assertThat(ids(search.find(readers(word + " runs")))).containsExactly(running.id());
        assertThat(ids(search.find(readers(word + " ferry")))).containsExactly(running.id());
        assertThat(ids(search.find(readers(word + " \"red kite\"")))).containsExactly(kite.id());
        assertThat(ids(search.find(readers(word + " \"kite red\"")))).isEmpty();
        assertThat(ids(search.find(readers(word + " kite red")))).containsExactly(kite.id());
    }

    @Test
    void aMisspeltNameIsFoundThroughSimilarSpellings() {
        String surname = "Wrexhamby" + uniqueWord().substring(2, 5);
        Person person = people.create("Ottoline " + surname, null, "", null);
        Article story = workflow.publishAsOf(draft(world, "Council budget passes", "", "The vote was close.",
                List.of(person.id()), List.of()).id(), now.minus(Duration.ofHours(1)));
        awaitFound(search, readers("Ottoline " + surname), List.of(story.id()));
        SearchResults misspelt = search.find(readers("Ottolina " + surname.replace("xh", "hx")));
        assertThat(ids(misspelt)).containsExactly(story.id());
        assertThat(misspelt.similarSpellings()).isTrue();
    }

    @Test
    void filtersBySectionPersonAndDatesAndPagesThroughResults() {
        String word = uniqueWord();
        long business = desk.otherSection().id();
        Person person = people.create("Filter Person " + word, null, "", null);
        List<Long> newestFirst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Article a = draft(i < 3 ? business : world, "Market note " + i + " " + word, "", "Prices moved.",
                    i < 2 ? List.of(person.id()) : List.of(), List.of());
            newestFirst.add(0, workflow.publishAsOf(a.id(), Instant.parse("2025-03-01T12:00:00Z").plus(Duration.ofDays(i))).id());
        }
        awaitIndexed(search, SearchQuery.forReaders(word, 20), newestFirst);
        assertThat(ids(search.find(query(word, null, null, null, null, 1)))).isEqualTo(newestFirst.subList(0, 10));
        SearchResults second = search.find(query(word, null, null, null, null, 2));
        assertThat(ids(second)).isEqualTo(newestFirst.subList(10, 12));
        assertThat(second.total()).isEqualTo(12);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(ids(search.find(query(word, business, null, null, null, 1)))).hasSize(3);
        assertThat(ids(search.find(query(word, null, person.id(), null, null, 1)))).hasSize(2);
        assertThat(ids(search.find(query(word, null, null, Instant.parse("2025-03-05T00:00:00Z"),
                Instant.parse("2025-03-07T00:00:00Z"), 1)))).isEqualTo(newestFirst.subList(6, 8));
    }

    @Test
    void aNewsroomSearchWithoutTextListsWhatItsFiltersAllowNewestFirstAndReadersGetNothing() {
        String word = uniqueWord();
        Person person = people.create("Listing Person " + word, null, "", null);
        Article older = workflow.publishAsOf(draft(world, "Older note " + word, "", "First.", List.of(person.id()),
                List.of()).id(), now.minus(Duration.ofDays(2)));
        Article newer = workflow.publishAsOf(draft(world, "Newer note " + word, "", "Second.", List.of(person.id()),
                List.of()).id(), now.minus(Duration.ofDays(1)));
        Article draft = draft(world, "Draft note " + word, "", "Third.", List.of(person.id()), List.of());
        awaitIndexed(search, newsroom(word), List.of(older.id(), newer.id(), draft.id()));

        var everyState = new SearchQuery("", Audience.NEWSROOM, null, person.id(), null, null, null, null,
                SearchOrder.RELEVANCE, 1, 10);
        assertThat(ids(search.find(everyState))).containsExactly(draft.id(), newer.id(), older.id());
        var published = new SearchQuery(" ", Audience.NEWSROOM, null, person.id(), null, null,
                news.dateline.articles.ArticleStatus.PUBLISHED, null, SearchOrder.RELEVANCE, 1, 10);
        assertThat(ids(search.find(published))).containsExactly(newer.id(), older.id());
        assertThat(search.find(new SearchQuery("", Audience.PUBLIC, null, person.id(), null, null, null, null,
                SearchOrder.NEWEST, 1, 10)).hits()).isEmpty();
    }

    private static SearchQuery query(String text, Long section, Long person, Instant from, Instant until, int page) {
        return new SearchQuery(text, Audience.PUBLIC, section, person, from, until, null, null, SearchOrder.NEWEST, page, 10);
    }

    @Test
    void readersFindOnlyWhatIsPublishedWhileTheNewsroomFindsEveryState() {
        String word = uniqueWord();
        Article live = published(world, "Live " + word, "Out now.", now.minus(Duration.ofHours(1)));
        Article draft = draft(world, "Draft " + word, "", "Not yet.", List.of(), List.of());
        Article scheduled = workflow.schedule(draft(world, "Scheduled " + word, "", "Later.", List.of(), List.of()).id(),
                now.plus(Duration.ofHours(1)));
        Article embargoed = workflow.embargo(draft(world, "Embargoed " + word, "", "Held.", List.of(), List.of()).id(),
                now.plus(Duration.ofHours(1)));
        Article futureDated = published(world, "Future " + word, "Goes out at its time.", now.plus(Duration.ofHours(1)));
        Article unpublished = workflow.unpublish(published(world, "Pulled " + word, "Gone.", now.minus(Duration.ofHours(2))).id());
        Article killed = workflow.kill(published(world, "Killed " + word, "Gone for good.", now.minus(Duration.ofHours(3))).id());

        awaitIndexed(search, newsroom(word), List.of(live.id(), draft.id(), scheduled.id(),
                embargoed.id(), futureDated.id(), unpublished.id(), killed.id()));
        assertThat(ids(search.find(readers(word)))).containsExactly(live.id());

        clock.set(now.plus(Duration.ofHours(2)));
        try {
            assertThat(ids(search.find(readers(word)))).as("the future-dated story is out without re-indexing")
                    .containsExactlyInAnyOrder(live.id(), futureDated.id());
            workflow.releaseDue();
            awaitIndexed(search, readers(word), List.of(live.id(), futureDated.id(), scheduled.id(), embargoed.id()));
        } finally {
            clock.set(now);
        }
    }

    @Test
    void theIndexFollowsEditsUnpublishingKillingAndRenames() {
        String word = uniqueWord();
        String replacement = uniqueWord();
        Article story = published(world, "Bridge " + word, "Repairs start.", now.minus(Duration.ofHours(1)));
        awaitFound(search, readers(word), List.of(story.id()));

        Article current = articles.byId(story.id()).orElseThrow();
        var content = current.content();
        articles.save(story.id(), current.version(), new news.dateline.articles.NewArticle("Bridge " + replacement, content.slug(),
                content.standfirst(), content.body(), content.sectionId(), content.bylines(), content.tags(), null), 
                news.dateline.articles.Staff.SYSTEM, false);
        awaitFound(search, readers(replacement), List.of(story.id()));
        assertThat(ids(search.find(readers(word)))).isEmpty();

        String sectionWord = uniqueWord();
        var section = sections.create("Desk " + sectionWord, null, 90);
        Article inSection = published(section.id(), "Harvest " + uniqueWord(), "Fields.", now.minus(Duration.ofHours(1)));
        awaitFound(search, readers(sectionWord), List.of(inSection.id()));
        String renamed = uniqueWord();
        sections.update(section.id(), "Desk " + renamed, 90);
        awaitFound(search, readers(renamed), List.of(inSection.id()));

        workflow.unpublish(story.id());
        awaitFound(search, readers(replacement), List.of());
        assertThat(ids(search.find(newsroom(replacement)))).containsExactly(story.id());
        workflow.kill(inSection.id());
        awaitFound(search, readers(renamed), List.of());
    }
}
