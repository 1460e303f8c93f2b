package news.dateline.site.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story as it appears in a list (home page, section front, person page, related stories).
 *
 * @param thumbnail may be null when the story has no image
 * @param standfirst may be empty
 * @param timeIso    ISO-8601 instant with offset for {@code <time datetime>}
 * @param timeLabel  the human date, e.g. "08 May 2025"
 */
public record StoryCard(String headline, String href, String sectionName, String sectionHref, String standfirst,
                        @Nullable ImageView thumbnail, String timeIso, String timeLabel, List<BylineLink> bylines) {
}
