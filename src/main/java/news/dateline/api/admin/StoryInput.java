package news.dateline.api.admin;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A story as an integration sends it. {@code format} is {@code markdown} (the default) or {@code html} (converted and
 * sanitized as imported bodies are); the section by {@code sectionId} or {@code section} (its slug); each byline a
 * person's id or {@code {"name": "…"}} (found by name, or added to the people list); {@code version} is the one
 * a save started from (required to save, ignored when filing).
 */
record StoryInput(@Nullable String headline, @Nullable String slug, @Nullable String standfirst, @Nullable String body,
                  @Nullable String format, @Nullable Long sectionId, @Nullable String section,
                  @Nullable List<JsonNode> bylines, @Nullable List<String> tags, @Nullable Hero hero,
                  @Nullable String language, @Nullable String seoTitle, @Nullable String seoDescription,
                  @Nullable Integer version) {

    record Hero(@Nullable Long imageId, @Nullable String caption) {
    }
}
