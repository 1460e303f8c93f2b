package news.dateline.imports.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.imports.ImportReport;
import news.dateline.imports.internal.addresses.OldAddressRepository;
import news.dateline.imports.internal.source.SourceMedia;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceTerm;
import news.dateline.media.Image;
import news.dateline.pages.StaticPages;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Component;

/** A story's parts that point at other imported things: its section, bylines, tags, lead image and links. */
@Component
class StoryParts {

    private final SectionImport sectionImport;
    private final PeopleImport peopleImport;
    private final ImageImport images;
    private final OldAddressRepository addresses;
    private final Articles articles;
    private final Sections sections;
    private final People people;
    private final StaticPages pages;

    StoryParts(SectionImport sectionImport, PeopleImport peopleImport, ImageImport images,
               OldAddressRepository addresses, Articles articles, Sections sections, People people,
               StaticPages pages) {
        this.sectionImport = sectionImport;
        this.peopleImport = peopleImport;
        this.images = images;
        this.addresses = addresses;
        this.articles = articles;
        this.sections = sections;
        this.people = people;
        this.pages = pages;
    }

    ArchiveLinks links(RunContext run) {
        return new ArchiveLinks(run, images, addresses, articles, sections, people, pages);
    }

    long section(SourcePost post, RunContext run) {
        Long known = run.sectionOf(post.sourceId());
        return known != null ? known : sectionImport.sectionFor(post, run);
    }

    /** The bylines in the source's order (at most four: the rest are named in the report). */
    List<Long> bylines(SourcePost post, RunContext run, String item) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String author : post.authorIds()) {
            peopleImport.byline(author, run).ifPresentOrElse(ids::add, () -> run.report(ImportReport.Level.WARNING,
                    item, "author " + author + " is not among the imported people: left out of the byline"));
        }
        List<Long> bylines = new ArrayList<>(ids);
        if (bylines.size() > NewArticle.MAX_BYLINES) {
            run.report(ImportReport.Level.WARNING, item, (bylines.size() - NewArticle.MAX_BYLINES)
                    + " more authors than a byline holds were left out");
            bylines = bylines.subList(0, NewArticle.MAX_BYLINES);
        }
        return bylines.isEmpty() ? List.of(peopleImport.fallback(run)) : bylines;
    }

    /** Public tags by name; further categories (a story has one section) are named in the report. */
    List<String> tags(SourcePost post, RunContext run, String item) {
        List<String> tags = new ArrayList<>();
        int length = 0;
        for (String id : post.tagIds()) {
            Optional<SourceTerm> tag = run.terms.tag(id);
            if (tag.isPresent() && !tag.get().internal()) {
                String name = SectionImport.tagName(tag.get());
                length += name.length() + 2;
                if (length <= NewArticle.TAGS.max()) {
                    tags.add(name);
                }
            }
        }
        for (String id : post.categoryIds().stream().skip(1).toList()) {
            run.terms.category(id).ifPresent(category -> run.report(ImportReport.Level.NOTE, item,
                    "also in category " + category.name() + " (a story has one section)"));
        }
        return tags;
    }

    /** The lead image: the featured media item, or the featured image's URL (Ghost). */
    Optional<Image> hero(SourcePost post, RunContext run) {
        if (!post.featuredMediaId().isBlank()) {
            SourceMedia m = run.mediaItem(post.featuredMediaId());
            if (m != null) {
                return images.attachment(m, run);
            }
            run.report(ImportReport.Level.WARNING, RunContext.label(StoryImport.STORY, post.sourceId(), post.title()),
                    "its featured image " + post.featuredMediaId() + " is not in the export");
            return Optional.empty();
        }
        return images.byUrl(post.featuredImageUrl(), post.featuredImageAlt(), post.featuredImageCaption(), run);
    }
}
