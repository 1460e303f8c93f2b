package news.dateline.webhooks.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import news.dateline.articles.Articles;
import news.dateline.platform.SiteSettings;
import news.dateline.platform.Slug;
import news.dateline.sections.Sections;
import news.dateline.webhooks.Delivery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a delivery carries, built when it is sent (so a retried delivery tells the story as it now is): the
 * delivery id, the event, when it was queued and a thin {@code data} object — receivers fetch the whole thing from the
 * Content API. A story that no longer exists is sent with its id alone.
 */
@Component
public class Payload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Articles articles;
    private final Sections sections;
    private final SiteSettings site;

    Payload(Articles articles, Sections sections, SiteSettings site) {
        this.articles = articles;
        this.sections = sections;
        this.site = site;
    }

    public String of(Delivery delivery) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", String.valueOf(delivery.id()));
        envelope.put("event", delivery.event().code());
        envelope.put("createdAt", delivery.createdAt().toString());
        String subject = delivery.event().subject();
        envelope.put("data", Map.of(subject, switch (subject) {
            case "story" -> story(delivery.entityId());
            case "section" -> section(delivery.entityId());
            default -> Map.of("id", delivery.entityId());
        }));
        return JSON.writeValueAsString(envelope);
    }

    private Map<String, Object> story(long id) {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("id", id);
        articles.byId(id).ifPresent(article -> {
            story.put("url", sections.byId(article.sectionId())
                    .map(section -> site.absolute(section.path() + "/" + Slug.encode(article.slug()))).orElse(null));
            story.put("headline", article.headline());
            story.put("status", article.status().name().toLowerCase(java.util.Locale.ROOT));
            story.put("firstPublishedAt", text(article.firstPublishedAt()));
            story.put("lastUpdatedAt", text(article.lastUpdatedAt()));
        });
        return story;
    }

    private Map<String, Object> section(long id) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("id", id);
        sections.byId(id).ifPresent(found -> {
            section.put("name", found.name());
            section.put("url", site.absolute(found.path()));
        });
        return section;
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
