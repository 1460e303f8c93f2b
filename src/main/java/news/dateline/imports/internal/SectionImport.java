package news.dateline.imports.internal;

import java.time.Clock;
import java.util.Optional;
import news.dateline.imports.ImportReport;
import news.dateline.imports.OldAddress;
import news.dateline.imports.internal.addresses.OldAddressRepository;
import news.dateline.imports.internal.jobs.ProvenanceRepository;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceTerm;
import news.dateline.platform.Slug;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sections for imported stories, made when the first story needs one (so a category without stories makes no empty
 * section). The rule: a story's first category (WordPress), else its first public tag (Ghost's primary tag), else the
 * {@code default-section} setting. A section with the same address already in Dateline is used, not duplicated.
 * Tags are remembered by name (Dateline's tags are words on the story); Ghost's internal tags are not tags.
 */
@Component
class SectionImport {

    static final String CATEGORY = "category";
    static final String TAG_SECTION = "tag-section";

    private final Sections sections;
    private final ProvenanceRepository provenance;
    private final OldAddressRepository addresses;
    private final ImportSettings settings;
    private final Clock clock;

    SectionImport(Sections sections, ProvenanceRepository provenance, OldAddressRepository addresses,
                  ImportSettings settings, Clock clock) {
        this.sections = sections;
        this.provenance = provenance;
        this.addresses = addresses;
        this.settings = settings;
        this.clock = clock;
    }

    /** Takes note of a category or tag; a public tag's old address leads to the search for it. */
    void term(SourceTerm term, RunContext run) {
        run.terms.add(term);
        if (term.kind() == SourceTerm.Kind.TAG) {
            if (term.internal()) {
                run.noteOnce(RunContext.label(term), RunContext.INTERNAL_TAG);
                run.tally.skipped++;
                return;
            }
            if (!term.oldUrl().isBlank()) {
                addresses.record(term.oldUrl(), "", "", new OldAddress(OldAddress.Kind.TAG, 0, tagName(term)));
                addresses.record(OldAddressRepository.normalize(term.oldUrl()) + "feed/", "", "", new OldAddress(OldAddress.Kind.FEED, 0, ""));
            }
            run.tally.tags++;
        }
    }

    /** The section a story goes in, made (with its parents) when needed. */
    long sectionFor(SourcePost post, RunContext run) {
        Optional<SourceTerm> term = run.terms.sectionTerm(post);
        if (term.isEmpty()) {
            return byName(settings.defaultSection(), run).id();
        }
        Section parent = null;
        for (SourceTerm t : run.terms.withParents(term.get())) {
            parent = section(t, parent, run);
        }
        return parent.id();
    }

    private Section section(SourceTerm term, @Nullable Section parent, RunContext run) {
        String kind = term.kind() == SourceTerm.Kind.CATEGORY ? CATEGORY : TAG_SECTION;
        var source = run.source(kind, term.sourceId());
        var known = provenance.find(source).flatMap(p -> sections.byId(p.targetId()));
        if (known.isPresent()) {
            return known.get();
        }
        Section section = bySlug(term.slug(), term.name(), parent, run);
        run.tally.sections++;
        provenance.record(source, kind, section.id(), RunContext.hash(term), 0, run.jobId, clock.instant());
        if (!term.oldUrl().isBlank()) {
            addresses.record(term.oldUrl(), "", "", new OldAddress(OldAddress.Kind.SECTION, section.id(), ""));
            addresses.record(OldAddressRepository.normalize(term.oldUrl()) + "feed/", "", "", new OldAddress(OldAddress.Kind.FEED, 0, section.slug()));
        }
        if (term.kind() == SourceTerm.Kind.CATEGORY && term.sourceId().matches("[0-9]{1,18}")) {
            addresses.record("/", "cat", term.sourceId(), new OldAddress(OldAddress.Kind.SECTION, section.id(), ""));
        }
        if (parent != null && !java.util.Objects.equals(section.parentId(), parentAllowed(parent))) {
            run.report(ImportReport.Level.NOTE, "section " + section.name(), "already in Dateline under another parent: "
                    + "its place was kept");
        }
        return section;
    }

    private Section byName(String name, RunContext run) {
        var source = run.source(TAG_SECTION, "default:" + name);
        var known = provenance.find(source).flatMap(p -> sections.byId(p.targetId()));
        if (known.isPresent()) {
            return known.get();
        }
        Section section = bySlug("", name, null, run);
        provenance.record(source, TAG_SECTION, section.id(), "", 0, run.jobId, clock.instant());
        run.tally.sections++;
        return section;
    }

    private Section bySlug(String typed, String name, @Nullable Section parent, RunContext run) {
        String wanted = Slug.normalize(typed);
        String slug = Slug.isValid(wanted) ? wanted : Slug.derive(name).map(Slug::value).orElse("section");
        Optional<Section> existing = sections.bySlug(slug);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (Sections.RESERVED_SLUGS.contains(slug)) {
            slug = Slug.firstUnused(slug + "-section", s -> sections.bySlug(s).isPresent()).value();
        }
        Section created = sections.create(ImageImport.cut(name.isBlank() ? slug : name.strip(), Sections.NAME.max()),
                slug, 100 + sections.all().size(), parentAllowed(parent));
        return created;
    }

    /** Dateline's sections nest one level deep: a deeper category sits under its top-level ancestor's child. */
    private static @Nullable Long parentAllowed(@Nullable Section parent) {
        return parent == null ? null : parent.parentId() == null ? Long.valueOf(parent.id()) : parent.parentId();
    }

    /** A tag as stories carry it: its name, within the length a tag may have. */
    static String tagName(SourceTerm term) {
        return ImageImport.cut(term.name().strip(), 60);
    }
}
