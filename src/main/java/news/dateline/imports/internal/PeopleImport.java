package news.dateline.imports.internal;

import java.time.Clock;
import java.util.Optional;
import news.dateline.imports.ImportReport;
import news.dateline.imports.OldAddress;
import news.dateline.imports.internal.addresses.OldAddressRepository;
import news.dateline.imports.internal.jobs.ProvenanceRepository;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.platform.Slug;
import org.springframework.stereotype.Component;

/** Authors become people who can hold bylines (never newsroom accounts), with their bio, photo and old address. */
@Component
class PeopleImport {

    static final String PERSON = "person";

    private final People people;
    private final ImageImport images;
    private final ProvenanceRepository provenance;
    private final OldAddressRepository addresses;
    private final ImportSettings settings;
    private final Clock clock;

    PeopleImport(People people, ImageImport images, ProvenanceRepository provenance, OldAddressRepository addresses,
                 ImportSettings settings, Clock clock) {
        this.people = people;
        this.images = images;
        this.provenance = provenance;
        this.addresses = addresses;
        this.settings = settings;
        this.clock = clock;
    }

    /** Imports (or updates) an author. */
    void person(SourcePerson p, RunContext run) {
        var source = run.source(PERSON, p.sourceId());
        String hash = RunContext.hash(p);
        var known = provenance.find(source).flatMap(prov -> people.byId(prov.targetId()).map(person -> {
            if (!prov.hash().equals(hash)) {
                Long photo = photo(p, run).orElse(person.photoImageId());
                people.update(person.id(), name(p), bio(p), photo);
                provenance.record(source, PERSON, person.id(), hash, 0, run.jobId, clock.instant());
            }
            return person;
        }));
        Person person = known.orElseGet(() -> {
            Person created = people.create(name(p), slug(p), bio(p), photo(p, run).orElse(null));
            provenance.record(source, PERSON, created.id(), hash, 0, run.jobId, clock.instant());
            return created;
        });
        String oldUrl = !p.oldUrl().isBlank() ? p.oldUrl()
                : !p.slug().isBlank() && !run.platform.equals("feed") ? "/author/" + p.slug() + "/" : "";
        java.util.Set<String> olds = new java.util.LinkedHashSet<>();
        if (!oldUrl.isBlank()) {
            olds.add(OldAddressRepository.normalize(oldUrl));
        }
        if (!p.slug().isBlank() && !run.platform.equals("feed")) {
            olds.add(OldAddressRepository.normalize("/author/" + p.slug() + "/"));
        }
        if (run.platform.equals("wordpress")) {
            // Themes and SEO plugins link /author/<display name made a slug>/ besides WordPress's own address.
            Slug.derive(p.displayName()).ifPresent(s -> olds.add(OldAddressRepository.normalize("/author/" + s.value() + "/")));
        }
        for (String old : olds) {
            addresses.record(old, "", "", new OldAddress(OldAddress.Kind.PERSON, person.id(), ""));
            addresses.record(old + "feed/", "", "", new OldAddress(OldAddress.Kind.FEED, 0, ""));
        }
        run.tally.people++;
    }

    /** The person an author's source id became, if imported. */
    Optional<Long> byline(String sourceId, RunContext run) {
        return provenance.find(run.source(PERSON, sourceId)).map(ProvenanceRepository.Provenance::targetId)
                .filter(id -> people.byId(id).isPresent());
    }

    /** The person credited when the source names no author (the {@code fallback-byline} setting). */
    long fallback(RunContext run) {
        String name = settings.fallbackByline();
        String slug = Slug.derive(name).map(Slug::value).orElse("staff");
        return people.bySlug(slug).map(Person::id).orElseGet(() -> {
            run.report(ImportReport.Level.NOTE, "person " + name, "added for stories without an author");
            return people.create(name, slug, "", null).id();
        });
    }

    /** The author's photo, imported ahead of their transaction. */
    Optional<Long> photo(SourcePerson p, RunContext run) {
        return images.byUrl(p.photoUrl(), "Portrait of " + name(p), "", run).map(news.dateline.media.Image::id);
    }

    private String slug(SourcePerson p) {
        String wanted = Slug.normalize(p.slug());
        String base = Slug.isValid(wanted) ? wanted
                : Slug.derive(p.displayName()).or(() -> Slug.derive(p.sourceId())).map(Slug::value).orElse("person");
        return Slug.firstUnused(base, candidate -> people.bySlug(candidate).isPresent()).value();
    }

    private static String name(SourcePerson p) {
        String name = p.displayName().isBlank() ? p.sourceId() : p.displayName();
        return ImageImport.cut(name.strip(), People.NAME.max());
    }

    private static String bio(SourcePerson p) {
        return ImageImport.cut(ImageImport.plain(p.bio()), People.BIO.max());
    }
}
