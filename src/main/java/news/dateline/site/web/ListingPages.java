package news.dateline.site.web;

import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.ArticleListing;
import news.dateline.articles.PublishedStories;
import news.dateline.media.MediaLibrary;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Component;

/** Builds the pages that list stories: the home page, section fronts and person pages. */
@Component
class ListingPages {

    static final int LATEST_ON_HOME = 6;
    static final int PER_SECTION_ON_HOME = 4;

    private final PublishedStories published;
    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final StoryCards cards;
    private final MostReadLists mostRead;
    private final PageFrame frame;
    private final StructuredData data;

    ListingPages(PublishedStories published, Sections sections, People people, MediaLibrary media, StoryCards cards,
                 MostReadLists mostRead, PageFrame frame, StructuredData data) {
        this.published = published;
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.cards = cards;
        this.mostRead = mostRead;
        this.frame = frame;
        this.data = data;
    }

    KeyedPage<HomePage> home() {
        var keys = PageKeys.builder().add(PageKeys.STORIES);
        var latest = published.latest(1, LATEST_ON_HOME + 1).articles();
        StoryCard lead = latest.isEmpty() ? null : cards.lead(latest.get(0), keys);
        List<StoryCard> rest = latest.isEmpty() ? List.of() : cards.cards(latest.subList(1, latest.size()), keys);
        List<SectionBlock> blocks = new ArrayList<>();
        for (Section section : sections.all()) {
            var stories = published.latestInSection(section.id(), 1, PER_SECTION_ON_HOME).articles();
            if (!stories.isEmpty()) {
                blocks.add(new SectionBlock(section.name(), section.path(), cards.cards(stories, keys)));
            }
        }
        var layout = frame.layout(null, "The latest news from " + frame.siteName() + ".", "/", null, keys);
        layout = layout.withHead(new HeadTags(layout.head().shareTitle(), layout.head().feeds(), layout.head().meta(),
                data.home()));
        return keys.page(new HomePage(layout, lead, rest, mostRead.home(keys), blocks));
    }

    KeyedPage<SectionPage> section(String slug, int page) {
        Section section = sections.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no section at this address."));
        var keys = PageKeys.builder().add(PageKeys.section(section.id())).sectionStories(section.id());
        List<Section> children = sections.children(section.id());
        children.forEach(child -> keys.add(PageKeys.section(child.id())).sectionStories(child.id()));
        NavLink parent = sections.parentOf(section).map(p -> new NavLink(p.name(), p.path(), false)).orElse(null);
        ArticleListing listing = children.isEmpty() ? published.latestInSection(section.id(), page, Paging.PAGE_SIZE)
                : published.latestUnderSection(section.id(), page, Paging.PAGE_SIZE);
        requireExists(listing);
        var stories = listing.articles();
        StoryCard lead = page == 1 && !stories.isEmpty() ? cards.lead(stories.get(0), keys) : null;
        List<StoryCard> list = cards.cards(lead == null ? stories : stories.subList(1, stories.size()), keys);
        String title = page == 1 ? section.name() : section.name() + " – page " + page;
        var layout = frame.layout(title, "The latest " + section.name() + " news from " + frame.siteName() + ".",
                Paging.path(section.path(), page), section.slug(), keys);
        layout = layout.withHead(new HeadTags(layout.head().shareTitle(), frame.sectionFeeds(section),
                layout.head().meta(), null));
        return keys.page(new SectionPage(layout, section.name(), parent,
                children.stream().map(c -> new NavLink(c.name(), c.path(), false)).toList(), lead, list,
                Paging.of(section.path(), listing), page == 1 ? mostRead.section(section, keys) : List.of()));
    }

    KeyedPage<PersonPage> person(String slug, int page) {
        Person person = people.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is nobody at this address."));
        var keys = PageKeys.builder().add(PageKeys.person(person.id())).personStories(person.id());
        if (person.photoImageId() != null) {
            keys.add(PageKeys.image(person.photoImageId()));
        }
        ArticleListing listing = published.latestBy(person.id(), page, Paging.PAGE_SIZE);
        requireExists(listing);
        ImageView photo = person.photoImageId() == null ? null : media.find(person.photoImageId())
                .map(image -> StoryCards.view(image, "160px", 480, 320)).orElse(null);
        String title = page == 1 ? person.displayName() : person.displayName() + " – page " + page;
        var layout = frame.layout(title, person.bio(), Paging.path(person.path(), page), null, keys);
        layout = layout.withHead(new HeadTags(layout.head().shareTitle(), frame.personFeeds(person), layout.head().meta(),
                data.profile(person, photo == null ? null : photo.src())));
        return keys.page(new PersonPage(layout, person.displayName(), person.bio(), photo,
                cards.cards(listing.articles(), keys), Paging.of(person.path(), listing)));
    }

    private static void requireExists(ArticleListing listing) {
        if (listing.page() > listing.totalPages()) {
            throw new NotFoundException("There is no such page.");
        }
    }
}
