package news.dateline.api.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.dateline.api.ApiProblem;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import news.dateline.imports.HtmlBodies;
import news.dateline.media.MediaLibrary;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Turns a {@link StoryInput} into the newsroom's {@link NewArticle}: section, people and image ids checked. */
@Component
class StoryContent {

    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final HtmlBodies html;

    StoryContent(Sections sections, People people, MediaLibrary media, HtmlBodies html) {
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.html = html;
    }

    NewArticle of(StoryInput input) {
        if (input.headline() == null || input.headline().isBlank()) {
            throw ApiProblem.invalid("headline", "A story needs a headline");
        }
        if (NewArticle.BODY.exceededBy(input.body())) {
            throw ApiProblem.invalid("body", NewArticle.BODY.message(input.body()));
        }
        String body = switch (input.format() == null ? "markdown" : input.format().toLowerCase(Locale.ROOT)) {
            case "markdown" -> input.body();
            case "html" -> input.body() == null ? "" : html.markdown(input.body());
            default -> throw ApiProblem.invalid("format", "Use markdown or html");
        };
        HeroImage hero = null;
        if (input.hero() != null) {
            Long imageId = input.hero().imageId();
            if (imageId == null || media.find(imageId).isEmpty()) {
                throw ApiProblem.invalid("hero.imageId", "No such image in the media library");
            }
            hero = new HeroImage(imageId, input.hero().caption());
        }
        return new NewArticle(input.headline(), input.slug(), input.standfirst(), body, section(input),
                bylines(input.bylines()), input.tags(), hero, input.seoTitle(), input.seoDescription(),
                input.language()).withinLimits();
    }

    private long section(StoryInput input) {
        if (input.sectionId() != null) {
            return sections.byId(input.sectionId()).map(Section::id)
                    .orElseThrow(() -> ApiProblem.invalid("sectionId", "No such section"));
        }
        if (input.section() != null) {
            return sections.bySlug(input.section()).map(Section::id)
                    .orElseThrow(() -> ApiProblem.invalid("section", "No such section"));
        }
        throw ApiProblem.invalid("sectionId", "Choose the story's section (sectionId or section)");
    }

    private List<Long> bylines(List<JsonNode> given) {
        if (given == null || given.isEmpty()) {
            throw ApiProblem.invalid("bylines", "A story needs at least one byline");
        }
        if (given.size() > NewArticle.MAX_BYLINES) {
            throw ApiProblem.invalid("bylines", "A story can name at most " + NewArticle.MAX_BYLINES + " people");
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            JsonNode byline = given.get(i);
            String field = "bylines[" + i + "]";
            if (byline.isIntegralNumber()) {
                ids.add(people.byId(byline.asLong()).map(Person::id)
                        .orElseThrow(() -> ApiProblem.invalid(field, "No such person")));
            } else if (byline.isObject() && byline.size() == 1 && byline.path("name").isString()
                    && !byline.get("name").asString().isBlank()) {
                ids.add(byName(byline.get("name").asString().strip(), field));
            } else {
                throw ApiProblem.invalid(field, "Give a person's id or {\"name\": \"…\"}");
            }
        }
        return ids;
    }

    /** The person of that name, or a new one (people are created for bylines the newsroom does not know yet). */
    private long byName(String name, String field) {
        if (People.NAME.exceededBy(name)) {
            throw ApiProblem.invalid(field, People.NAME.message(name));
        }
        return people.all().stream().filter(p -> p.displayName().equalsIgnoreCase(name)).findFirst()
                .map(Person::id)
                .orElseGet(() -> {
                    try {
                        return people.create(name, null, "", null).id();
                    } catch (IllegalArgumentException refused) {
                        throw ApiProblem.invalid(field, refused.getMessage());
                    }
                });
    }
}
