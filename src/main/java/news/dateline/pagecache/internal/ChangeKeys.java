package news.dateline.pagecache.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import news.dateline.articles.StoryPlaces;
import news.dateline.pagecache.PageKeys;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.JournalEntry;
import org.springframework.stereotype.Component;

/**
 * Which surrogate keys a change touches: the thing itself, and every list it is, or just was, part of.
 *
 * <ul>
 *   <li>a story: its own key; the site's latest stories and search; the story lists of the sections and people it
 *       is listed under now or was in its last saved states (a move or a byline change empties old lists too);</li>
 *   <li>a section: its key and the navigation every page carries (its name and address are on every page);</li>
 *   <li>a person: their key, the list of people and search (bylines are searched);</li>
 *   <li>an image: its key (credit, caption and alt text are shown wherever it is);</li>
 *   <li>a static page: its key and the navigation every page carries (the footer lists pages; a parent's slug is in
 *       its children's addresses).</li>
 * </ul>
 */
@Component
class ChangeKeys {

    private final StoryPlaces places;

    ChangeKeys(StoryPlaces places) {
        this.places = places;
    }

    Set<String> of(Collection<JournalEntry> entries) {
        Set<String> keys = new LinkedHashSet<>();
        entries.stream().map(e -> Map.entry(e.kind(), e.entityId())).distinct()
                .forEach(change -> keys.addAll(of(change.getKey(), change.getValue())));
        return keys;
    }

    Set<String> of(ChangeKind kind, long id) {
        Set<String> keys = new LinkedHashSet<>();
        switch (kind) {
            case ARTICLE -> {
                keys.add(PageKeys.article(id));
                keys.add(PageKeys.STORIES);
                keys.add(PageKeys.SEARCH);
                StoryPlaces.Places where = places.of(id);
                where.sections().forEach(section -> keys.add(PageKeys.sectionStories(section)));
                where.people().forEach(person -> keys.add(PageKeys.personStories(person)));
            }
            case SECTION -> {
                keys.add(PageKeys.section(id));
                keys.add(PageKeys.SECTIONS);
                keys.add(PageKeys.SEARCH);
            }
            case PERSON -> {
                keys.add(PageKeys.person(id));
                keys.add(PageKeys.PEOPLE);
                keys.add(PageKeys.BYLINES);
                keys.add(PageKeys.SEARCH);
            }
            case IMAGE -> {
                keys.add(PageKeys.image(id));
                keys.add(PageKeys.IMAGES);
                keys.add(PageKeys.SEARCH);
            }
            case PAGE -> {
                keys.add(PageKeys.page(id));
                keys.add(PageKeys.SECTIONS);
            }
        }
        return keys;
    }

    /** Stories may have appeared by the clock alone: every list of stories. */
    static Set<String> appearances() {
        return Set.of(PageKeys.STORIES, PageKeys.SEARCH, PageKeys.SECTION_STORIES, PageKeys.PERSON_STORIES);
    }
}
