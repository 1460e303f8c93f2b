package news.dateline.api.content;

import java.util.List;
import java.util.Map;
import news.dateline.api.ApiProblem;
import news.dateline.api.content.ContentStory.Rendition;
import news.dateline.articles.StoryStream;
import news.dateline.media.Image;
import news.dateline.media.MediaLibrary;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPages;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.stereotype.Controller;

/** What the stories sit in: sections, people, tags in use and the published static pages. */
@Controller
@RequestMapping("/api/v1")
class ContentDirectoryController {

    static final int MAX_TAGS = 100;

    private final Sections sections;
    private final People people;
    private final StaticPages pages;
    private final StoryStream stream;
    private final MediaLibrary media;
    private final ContentAnswers answers;
    private final SiteSettings settings;

    ContentDirectoryController(Sections sections, People people, StaticPages pages, StoryStream stream,
                               MediaLibrary media, ContentAnswers answers, SiteSettings settings) {
        this.sections = sections;
        this.people = people;
        this.pages = pages;
        this.stream = stream;
        this.media = media;
        this.answers = answers;
        this.settings = settings;
    }

    record ContentSection(long id, String name, String slug, @Nullable Long parent, String url) {
    }

    record ContentPerson(long id, String name, String slug, String bio, String url, @Nullable Photo photo) {
    }

    record Photo(long id, String alt, int width, int height, List<Rendition> renditions) {
    }

    record ContentTag(String name, long count) {
    }

    record ContentPage(long id, String title, String slug, @Nullable Long parent, String url, String description,
                       String bodyHtml, @Nullable String firstPublishedAt, @Nullable String updatedAt) {
    }

    @GetMapping("/sections")
    KeyedPage<ResponseEntity<byte[]>> sections() {
        return answers.answer(Map.of("sections", sections.all().stream().map(this::section).toList()),
                PageKeys.of(PageKeys.SECTIONS));
    }

    @GetMapping("/sections/{id}")
    KeyedPage<ResponseEntity<byte[]>> section(@PathVariable String id) {
        Section found = sections.byId(id(id)).orElseThrow(() -> ApiProblem.notFound("There is no section " + id));
        return answers.answer(section(found), PageKeys.of(PageKeys.SECTIONS, PageKeys.section(found.id())));
    }

    @GetMapping("/people")
    KeyedPage<ResponseEntity<byte[]>> people() {
        List<Person> everyone = people.all();
        Map<Long, Image> photos = media.findAll(everyone.stream().map(Person::photoImageId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        var keys = PageKeys.builder().add(PageKeys.PEOPLE);
        everyone.forEach(p -> keys.add(PageKeys.person(p.id())));
        photos.keySet().forEach(image -> keys.add(PageKeys.image(image)));
        return answers.answer(Map.of("people", everyone.stream().map(p -> person(p, photos)).toList()), keys.build());
    }

    @GetMapping("/people/{id}")
    KeyedPage<ResponseEntity<byte[]>> person(@PathVariable String id) {
        Person found = people.byId(id(id)).orElseThrow(() -> ApiProblem.notFound("There is nobody with id " + id));
        Map<Long, Image> photos = found.photoImageId() == null ? Map.of() : media.findAll(List.of(found.photoImageId()));
        var keys = PageKeys.builder().add(PageKeys.person(found.id()));
        photos.keySet().forEach(image -> keys.add(PageKeys.image(image)));
        return answers.answer(person(found, photos), keys.build());
    }

    @GetMapping("/tags")
    KeyedPage<ResponseEntity<byte[]>> tags() {
        return answers.answer(Map.of("tags", stream.tags(MAX_TAGS).stream()
                .map(t -> new ContentTag(t.tag(), t.stories())).toList()), PageKeys.of(PageKeys.STORIES));
    }

    @GetMapping("/pages")
    KeyedPage<ResponseEntity<byte[]>> pages() {
        List<StaticPage> shown = pages.published();
        var keys = PageKeys.builder().add(PageKeys.SECTIONS);
        shown.forEach(p -> keys.add(PageKeys.page(p.id())));
        Map<Long, StaticPage> byId = shown.stream().collect(java.util.stream.Collectors.toMap(StaticPage::id, p -> p));
        return answers.answer(Map.of("pages", shown.stream().map(p -> page(p, p.parentId() == null ? null
                : byId.get(p.parentId()))).toList()), keys.build());
    }

    @GetMapping("/pages/{id}")
    KeyedPage<ResponseEntity<byte[]>> page(@PathVariable String id) {
        StaticPage found = pages.byId(id(id)).filter(StaticPage::published)
                .orElseThrow(() -> ApiProblem.notFound("There is no published page " + id));
        return answers.answer(page(found, null), PageKeys.of(PageKeys.page(found.id())));
    }

    private ContentSection section(Section section) {
        return new ContentSection(section.id(), section.name(), section.slug(), section.parentId(),
                settings.absolute(section.path()));
    }

    private ContentPerson person(Person person, Map<Long, Image> photos) {
        Image image = person.photoImageId() == null ? null : photos.get(person.photoImageId());
        Photo photo = image == null ? null : new Photo(image.id(), image.altText(), image.width(), image.height(),
                image.renditionWidths().stream().map(w -> new Rendition(w, settings.absolute(image.url(w, "jpg")),
                        settings.absolute(image.url(w, "webp")))).toList());
        return new ContentPerson(person.id(), person.displayName(), person.slug(), person.bio() == null ? "" : person.bio(),
                settings.absolute(person.path()), photo);
    }

    /** The page's document; {@code parent} when at hand (else its address is looked up). */
    private ContentPage page(StaticPage page, @Nullable StaticPage parent) {
        String path = parent == null ? pages.path(page) : pages.path(parent, page);
        return new ContentPage(page.id(), page.title(), page.slug(), page.parentId(), settings.absolute(path),
                page.seoDescription() == null ? "" : page.seoDescription(), page.html(),
                page.firstPublishedAt() == null ? null : page.firstPublishedAt().toString(),
                page.updatedAt() == null ? null : page.updatedAt().toString());
    }

    static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("Ids are whole numbers; there is nothing at " + ContentAnswers.clip(id));
        }
    }
}
