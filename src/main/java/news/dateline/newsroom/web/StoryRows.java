package news.dateline.newsroom.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Component;

/** Stories as rows of a newsroom list. */
@Component
public class StoryRows {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("dd MMM, HH:mm", java.util.Locale.ENGLISH);

    private final Sections sections;
    private final People people;
    private final SiteSettings settings;

    StoryRows(Sections sections, People people, SiteSettings settings) {
        this.sections = sections;
        this.people = people;
        this.settings = settings;
    }

    public List<StoryRow> rows(List<Article> stories) {
        Map<Long, Section> bySection = sections.all().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        Map<Long, Person> byPerson = people.byIds(stories.stream().flatMap(a -> a.bylines().stream()).distinct().toList());
        return stories.stream().map(a -> {
            Instant when = a.status().awaitsRelease() && a.releaseAt() != null ? a.releaseAt()
                    : a.firstPublishedAt() != null && a.status() == news.dateline.articles.ArticleStatus.PUBLISHED
                    ? a.firstPublishedAt() : a.modifiedAt();
            Section section = bySection.get(a.sectionId());
            String names = a.bylines().stream().map(byPerson::get).filter(java.util.Objects::nonNull)
                    .map(Person::displayName).collect(Collectors.joining(", "));
            return new StoryRow(a.id(), a.headline(), "/newsroom/stories/" + a.id(), a.status().name().toLowerCase(),
                    a.status().label(), section == null ? "" : section.name(), names, when.toString(),
                    (a.status().awaitsRelease() ? "Goes out " : "") + WHEN.format(when.atZone(settings.timeZone())));
        }).toList();
    }
}
