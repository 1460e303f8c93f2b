package news.dateline.sections;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.accounts.Accounts;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.Limit;
import news.dateline.platform.Slug;
import news.dateline.sections.internal.SectionList;
import news.dateline.sections.internal.SectionParents;
import news.dateline.sections.internal.SectionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections of the publication. Editors add and change them from the newsroom ({@link #add}, {@link #change}: the
 * signed-in role is checked here); {@link #create} and {@link #update} are the application's own writes (the demo,
 * imports) and check no role.
 */
@Service
public class Sections {

    /** First path segments that belong to the site itself and so cannot name a section. */
    public static final Set<String> RESERVED_SLUGS = Set.of("people", "media", "assets", "newsroom", "search",
            "feeds", "feed", "api", "sitemap", "sitemaps", "tags", "page", "login", "logout", "admin", "static",
            "robots-txt", "favicon-ico", "error", "info");
    public static final Limit NAME = new Limit(80);

    private final SectionRepository repository;
    private final SectionList list;
    private final ChangeJournal journal;
    private final Accounts accounts;

    Sections(SectionRepository repository, SectionList list, ChangeJournal journal, Accounts accounts) {
        this.repository = repository;
        this.list = list;
        this.journal = journal;
        this.accounts = accounts;
    }

    /** An editor adds a section from the newsroom. */
    @Transactional
    public Section add(SectionForm form) {
        requireDeskRights();
        return create(form.name(), form.slug(), form.order(), form.parentId());
    }

    /** An editor renames or moves a section from the newsroom. */
    @Transactional
    public Section change(long id, SectionForm form) {
        requireDeskRights();
        return update(id, form.name(), form.order(), form.parentId());
    }

    /** All sections, for the newsroom's sections page (editors only). */
    public List<Section> forDesk() {
        requireDeskRights();
        return all();
    }

    private void requireDeskRights() {
        accounts.requireDeskRights("Only editors manage sections and people");
    }

    /** All sections in editorial order (kept in memory; see {@link SectionList}). */
    public List<Section> all() {
        return list.all();
    }

    public Optional<Section> bySlug(String requested) {
        String slug = Slug.normalize(requested);
        return Slug.isValid(slug) ? list.bySlug(slug) : Optional.empty();
    }

    public Optional<Section> byId(long id) {
        return list.byId(id);
    }

    /** The sections under {@code id}, in editorial order (empty for a child section, or a parent without any). */
    public List<Section> children(long id) {
        return all().stream().filter(s -> s.parentId() != null && s.parentId() == id).toList();
    }

    /** The section {@code section} sits under, if any. */
    public Optional<Section> parentOf(Section section) {
        return section.parentId() == null ? Optional.empty() : byId(section.parentId());
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /** Creates a top-level section; the slug is derived from the name when not given. */
    @Transactional
    public Section create(String name, String slug, int position) {
        return create(name, slug, position, null);
    }

    /**
     * Creates a section, under {@code parentId} when given (which must be a top-level section); the slug is derived
     * from the name when not given. The application's own write (demo, imports): no role is checked.
     */
    @Transactional
    public Section create(String name, @Nullable String slug, int position, @Nullable Long parentId) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A section needs a name");
        }
        if (NAME.exceededBy(name.strip())) {
            throw new IllegalArgumentException("Section name: " + NAME.message(name.strip()));
        }
        Slug chosen = slug == null || slug.isBlank()
                ? Slug.derive(name).orElseGet(() -> unused("section")) : Slug.typed(slug);
        if (RESERVED_SLUGS.contains(chosen.value())) {
            throw new IllegalArgumentException("The address /" + chosen + " is reserved; choose another slug");
        }
        if (repository.findBySlug(chosen.value()).isPresent()) {
            throw new IllegalArgumentException("A section already uses the address /" + chosen);
        }
        SectionParents.check(repository, null, parentId);
        Section created = repository.insert(name.strip(), chosen.value(), position, parentId);
        journal.record(ChangeKind.SECTION, created.id());
        return created;
    }

    private Slug unused(String base) {
        return Slug.firstUnused(base, candidate -> repository.findBySlug(candidate).isPresent());
    }

    /** Renames a section or moves it in the navigation, keeping its parent; its address stays. */
    @Transactional
    public Section update(long id, String name, int position) {
        Section current = repository.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("No such section"));
        return update(id, name, position, current.parentId());
    }

    /**
     * Renames a section, moves it in the navigation or under another (top-level) section ({@code parentId} null: to
     * the top level); its address stays, so no story's URL changes. No role is checked (demo, imports).
     */
    @Transactional
    public Section update(long id, String name, int position, @Nullable Long parentId) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A section needs a name");
        }
        if (NAME.exceededBy(name.strip())) {
            throw new IllegalArgumentException("Section name: " + NAME.message(name.strip()));
        }
        Section current = repository.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("No such section"));
        SectionParents.check(repository, current, parentId);
        repository.update(id, name.strip(), position, parentId);
        journal.record(ChangeKind.SECTION, id);
        return new Section(id, name.strip(), current.slug(), position, parentId);
    }
}
