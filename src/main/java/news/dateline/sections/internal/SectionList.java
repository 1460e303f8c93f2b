package news.dateline.sections.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.ChangeSubscriber;
import news.dateline.platform.ContentChanged;
import news.dateline.platform.JournalEntry;
import news.dateline.sections.Section;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The sections, read once and kept in memory: every page shows the navigation. Forgotten when a section change
 * commits here, and when the change journal brings one from another node — before anything else on this node
 * hears of the change (the page cache builds pages again from this list).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SectionList implements ChangeSubscriber {

    private final SectionRepository repository;
    private final AtomicLong version = new AtomicLong();
    private volatile @Nullable List<Section> sections;
    private volatile long cursor = -1;

    public SectionList(SectionRepository repository) {
        this.repository = repository;
    }

    public List<Section> all() {
        List<Section> known = sections;
        if (known != null) {
            return known;
        }
        long before = version.get();
        List<Section> read = List.copyOf(repository.findAll());
        synchronized (this) {
            if (version.get() == before) {
                sections = read;
            }
        }
        return read;
    }

    public Optional<Section> byId(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<Section> bySlug(String slug) {
        return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    private synchronized void forget() {
        version.incrementAndGet();
        sections = null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void committed(ContentChanged change) {
        if (change.kind() == ChangeKind.SECTION) {
            forget();
        }
    }

    @Override
    public String name() {
        return "the section list";
    }

    @Override
    public OptionalLong appliedUpTo() {
        return cursor < 0 ? OptionalLong.empty() : OptionalLong.of(cursor);
    }

    @Override
    public void apply(List<JournalEntry> entries, long safeCursor) {
        if (entries.stream().anyMatch(e -> e.kind() == ChangeKind.SECTION)) {
            forget();
        }
        cursor = safeCursor;
    }

    @Override
    public void rebuild(long cursor) {
        forget();
        this.cursor = cursor;
    }
}
