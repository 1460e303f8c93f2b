package news.dateline.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.accounts.Accounts;
import news.dateline.people.internal.PersonRepository;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.Limit;
import news.dateline.platform.Slug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who write for the publication. Editors add and change them from the newsroom ({@link #add},
 * {@link #change}: the signed-in role is checked here); {@link #create} and {@link #update} are the application's own
 * writes (the demo, imports) and check no role.
 */
@Service
public class People {

    public static final Limit NAME = new Limit(120);
    public static final Limit BIO = new Limit(2_000);

    private final PersonRepository repository;
    private final ChangeJournal journal;
    private final Accounts accounts;

    People(PersonRepository repository, ChangeJournal journal, Accounts accounts) {
        this.repository = repository;
        this.journal = journal;
        this.accounts = accounts;
    }

    /** An editor adds a person (staff or guest contributor, without a photo) from the newsroom. */
    @Transactional
    public Person add(PersonForm form) {
        requireDeskRights();
        return create(form.name(), form.slug(), form.bio(), null);
    }

    /** An editor changes a person's name and bio from the newsroom; their photo and address stay. */
    @Transactional
    public Person change(long id, PersonForm form) {
        requireDeskRights();
        Long photo = repository.findById(id).map(Person::photoImageId).orElse(null);
        return update(id, form.name(), form.bio(), photo);
    }

    /** Everyone, by name, for the newsroom's people page (editors only). */
    public List<Person> forDesk() {
        requireDeskRights();
        return all();
    }

    private void requireDeskRights() {
        accounts.requireDeskRights("Only editors manage sections and people");
    }

    private static void within(String displayName, String bio) {
        if (NAME.exceededBy(displayName.strip())) {
            throw new IllegalArgumentException("Name: " + NAME.message(displayName.strip()));
        }
        if (bio != null && BIO.exceededBy(bio.strip())) {
            throw new IllegalArgumentException("Bio: " + BIO.message(bio.strip()));
        }
    }

    public Optional<Person> bySlug(String requested) {
        String slug = Slug.normalize(requested);
        return Slug.isValid(slug) ? repository.findBySlug(slug) : Optional.empty();
    }

    public Optional<Person> byId(long id) {
        return repository.findById(id);
    }

    /** The people with the given ids, by id (unknown ids are absent). */
    public Map<Long, Person> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findByIds(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public List<Person> all() {
        return repository.findAll();
    }

    /** Adds a person; the slug is derived from the name when not given and must be unused. */
    @Transactional
    public Person create(String displayName, String slug, String bio, Long photoImageId) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A person needs a display name");
        }
        within(displayName, bio);
        Slug chosen = slug == null || slug.isBlank()
                ? Slug.derive(displayName).orElseGet(() -> unused("person")) : Slug.typed(slug);
        if (repository.findBySlug(chosen.value()).isPresent()) {
            throw new IllegalArgumentException("Another person already uses the address /people/" + chosen);
        }
        Person created = repository.insert(displayName.strip(), chosen.value(), bio == null ? "" : bio.strip(), photoImageId);
        journal.record(ChangeKind.PERSON, created.id());
        return created;
    }

    private Slug unused(String base) {
        return Slug.firstUnused(base, candidate -> repository.findBySlug(candidate).isPresent());
    }

    /** Changes a person's name, bio or photo; their address stays. */
    @Transactional
    public Person update(long id, String displayName, String bio, Long photoImageId) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A person needs a display name");
        }
        within(displayName, bio);
        Person current = repository.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("No such person"));
        repository.update(id, displayName.strip(), bio == null ? "" : bio.strip(), photoImageId);
        journal.record(ChangeKind.PERSON, id);
        return new Person(id, displayName.strip(), current.slug(), bio == null ? "" : bio.strip(), photoImageId);
    }
}
