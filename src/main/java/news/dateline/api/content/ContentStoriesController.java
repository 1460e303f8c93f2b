package news.dateline.api.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.api.ApiProblem;
import news.dateline.articles.Article;
import news.dateline.articles.PublishedStories;
import news.dateline.articles.StoryStream;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
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
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;

/**
 * Public stories for apps: the list (filters, keyset cursor, sparse fields), one story by id and by its address.
 * Drafts, embargoed, scheduled (before their time) and unpublished stories are 404; killed ones 410, as on the site.
 */
@Controller
@RequestMapping("/api/v1/stories")
class ContentStoriesController {

    static final List<String> LIST_PARAMETERS = List.of("section", "person", "tag", "updatedSince", "limit", "cursor",
            "fields");
    private static final int DEFAULT_LIMIT = 20;

    private final StoryStream stream;
    private final PublishedStories published;
    private final StoryDocuments documents;
    private final ContentAnswers answers;
    private final Sections sections;
    private final People people;
    private final SiteSettings settings;

    ContentStoriesController(StoryStream stream, PublishedStories published, StoryDocuments documents,
                             ContentAnswers answers, Sections sections, People people, SiteSettings settings) {
        this.stream = stream;
        this.published = published;
        this.documents = documents;
        this.answers = answers;
        this.sections = sections;
        this.people = people;
        this.settings = settings;
    }

    record StoryList(List<ContentStory> stories, @Nullable String next) {
    }

    @GetMapping
    KeyedPage<ResponseEntity<byte[]>> list(HttpServletRequest request) {
        ContentQuery query = ContentQuery.of(request);
        String section = query.get("section");
        String person = query.get("person");
        String tag = query.get("tag");
        String updatedSince = query.get("updatedSince");
        String limit = query.get("limit");
        String cursor = query.get("cursor");
        String fields = query.get("fields");

        int size = ContentAnswers.number("limit", limit, 1, StoryStream.MAX_PAGE_SIZE, DEFAULT_LIMIT);
        Set<String> kept = ContentAnswers.fields(fields);
        var keys = PageKeys.builder().add(PageKeys.STORIES);
        Long sectionId = section == null ? null : section(section).id();
        Long personId = person == null ? null : person(person).id();
        if (sectionId != null) {
            keys.sectionStories(sectionId);
            sections.children(sectionId).forEach(child -> keys.sectionStories(child.id()));
        }
        if (personId != null) {
            keys.personStories(personId);
        }
        var filter = new StoryStream.Filter(sectionId, personId, tag == null ? null : ContentAnswers.text("tag", tag, 200),
                updatedSince == null ? null : instant("updatedSince", updatedSince));
        var after = cursor == null ? null : StoryCursor.parse(cursor);
        List<Article> found = stream.page(filter, after, size + 1);
        List<Article> page = found.size() > size ? found.subList(0, size) : found;
        String next = null;
        if (found.size() > size) {
            Article last = page.get(page.size() - 1);
            var nextQuery = new java.util.LinkedHashMap<String, @Nullable String>();
            nextQuery.put("section", section);
            nextQuery.put("person", person);
            nextQuery.put("tag", tag);
            nextQuery.put("updatedSince", updatedSince);
            nextQuery.put("limit", limit == null ? null : String.valueOf(size));
            nextQuery.put("fields", kept == null ? null : String.join(",", kept));
            nextQuery.put("cursor", StoryCursor.of(new StoryStream.Position(last.firstPublishedAt(), last.id())));
            next = settings.absolute("/api/v1/stories?" + nextQuery.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&")));
        }
        return answers.answer(new StoryList(documents.documents(page, keys), next), "stories", kept, keys.build());
    }

    @GetMapping("/{id}")
    KeyedPage<ResponseEntity<byte[]>> story(@PathVariable String id) {
        long storyId;
        try {
            storyId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("There is no story " + ContentAnswers.clip(id));
        }
        Optional<Article> story = stream.byId(storyId);
        if (story.isEmpty()) {
            throw stream.availability(storyId) == StoryStream.Availability.GONE ? gone() : missing();
        }
        return one(story.get());
    }

    @GetMapping("/by-path")
    KeyedPage<ResponseEntity<byte[]>> byPath(HttpServletRequest request) {
        ContentQuery query = ContentQuery.of(request);
        String path = query.get("path");

        String address = ContentAnswers.text("path", path, 1000);
        if (!address.startsWith("/")) {
            throw ApiProblem.invalid("path", "A site path such as /world/some-story");
        }
        String trimmed = address.replaceAll("/+$", "");
        String slug;
        try {
            slug = URLDecoder.decode(trimmed.substring(trimmed.lastIndexOf('/') + 1).replace("+", "%2B"),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("path", "Not a valid address");
        }
        Article story = published.findPublished(slug).or(() -> published.findMoved(slug))
                .orElseThrow(() -> published.wasKilled(slug) ? gone() : missing());
        return one(story);
    }

    private KeyedPage<ResponseEntity<byte[]>> one(Article story) {
        var keys = PageKeys.builder();
        List<ContentStory> document = documents.documents(List.of(story), keys);
        if (document.isEmpty()) {
            throw missing();
        }
        return answers.answer(document.get(0), keys.build());
    }

    private Section section(String idOrSlug) {
        Optional<Section> found = isId(idOrSlug)
                ? sections.byId(Long.parseLong(idOrSlug)) : sections.bySlug(ContentAnswers.text("section", idOrSlug, 200));
        return found.orElseThrow(() -> ApiProblem.invalid("section", "There is no section " + ContentAnswers.clip(idOrSlug)));
    }

    private Person person(String idOrSlug) {
        Optional<Person> found = isId(idOrSlug)
                ? people.byId(Long.parseLong(idOrSlug)) : people.bySlug(ContentAnswers.text("person", idOrSlug, 200));
        return found.orElseThrow(() -> ApiProblem.invalid("person", "There is nobody at " + ContentAnswers.clip(idOrSlug)));
    }

    private static boolean isId(String value) {
        return !value.isEmpty() && value.length() < 19 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeException e) {
            throw ApiProblem.invalid(name, "An ISO-8601 instant such as 2025-05-08T09:30:00Z");
        }
    }

    private static ApiProblem missing() {
        return ApiProblem.notFound("There is no public story here");
    }

    private static ApiProblem gone() {
        return new ApiProblem(410, "Gone", "This story was withdrawn and is no longer available", java.util.Map.of(), null);
    }
}
