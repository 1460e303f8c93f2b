package news.dateline.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.platform.ChangeSubscriber;
import news.dateline.platform.JournalEntry;
import news.dateline.sections.Section;
import news.dateline.search.SearchIndexChanged;
import news.dateline.sections.Sections;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database by following the change journal: a changed story is read again and
 * re-indexed (or removed when gone), a renamed section or person re-indexes the stories that carry the name.
 * Every batch is committed together with the journal cursor it reaches, so a crash only means a replay.
 */
@Component
class SearchIndexer implements ChangeSubscriber {

    static final int BATCH = 500;

    /** Told how far a rebuild has come. */
    interface Progress {
        void update(long done, long total);
    }

    private final SearchIndex index;
    private final Articles articles;
    private final Sections sections;
    private final People people;
    private final ApplicationEventPublisher events;

    SearchIndexer(SearchIndex index, Articles articles, Sections sections, People people, ApplicationEventPublisher events) {
        this.events = events;
        this.index = index;
        this.articles = articles;
        this.sections = sections;
        this.people = people;
    }

    @Override
    public String name() {
        return "the search index";
    }

    @Override
    public OptionalLong appliedUpTo() {
        return index.fresh() ? OptionalLong.empty() : index.cursor();
    }

    @Override
    public synchronized void apply(List<JournalEntry> entries, long safeCursor) {
        try {
            Set<Long> stories = new LinkedHashSet<>();
            for (JournalEntry entry : entries) {
                switch (entry.kind()) {
                    case ARTICLE -> stories.add(entry.entityId());
                    case SECTION -> stories.addAll(index.idsWhere(StoryFields.SECTION_ID, Long.toString(entry.entityId())));
                    case PERSON -> stories.addAll(index.idsWhere(StoryFields.PERSON_ID, Long.toString(entry.entityId())));
                    case IMAGE -> {
                        // images are not searched; result thumbnails are read fresh from the library
                    }
                }
            }
            reindex(new ArrayList<>(stories));
            index.commit(safeCursor);
            if (!stories.isEmpty()) {
                events.publishEvent(new SearchIndexChanged());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void rebuild(long cursor) {
        rebuild(cursor, (done, total) -> { });
    }

    /** Replaces the whole index with every story in the database, then stores {@code cursor}. */
    synchronized void rebuild(long cursor, Progress progress) {
        try {
            long total = articles.countAll();
            index.clear();
            long done = 0;
            long after = 0;
            progress.update(0, total);
            for (List<Article> batch = articles.everyStoryAfter(after, BATCH); !batch.isEmpty();
                 batch = articles.everyStoryAfter(after, BATCH)) {
                write(batch);
                done += batch.size();
                after = batch.get(batch.size() - 1).id();
                progress.update(done, Math.max(done, total));
            }
            index.commit(cursor);
            events.publishEvent(new SearchIndexChanged());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reindex(List<Long> ids) throws IOException {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<Article> found = articles.byIds(chunk);
            Set<Long> present = found.stream().map(Article::id).collect(Collectors.toSet());
            for (Long id : chunk) {
                if (!present.contains(id)) {
                    index.remove(id);
                }
            }
            write(found);
        }
    }

    private void write(List<Article> stories) throws IOException {
        Map<Long, Section> sectionsById = sections.all().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        Map<Long, Person> byId = people.byIds(stories.stream().flatMap(a -> a.bylines().stream()).distinct().toList());
        for (Article article : stories) {
            Section section = sectionsById.get(article.sectionId());
            List<String> names = article.bylines().stream().map(byId::get).filter(p -> p != null)
                    .map(Person::displayName).toList();
            index.put(article.id(), StoryFields.document(article, section == null ? "" : section.name(), names));
        }
    }
}
