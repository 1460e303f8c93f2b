package news.dateline.site.web;

import org.jspecify.annotations.Nullable;

/**
 * When a story was published and last substantively updated, for people and for {@code <time datetime>}.
 *
 * @param publishedLine "Published On Fri, 09 May 2025", in the story's language
 * @param updatedIso    ISO-8601 of the last update, or null when never updated
 * @param updatedLine   "Updated On Fri, 09 May 2025", or null when not substantively updated
 */
public record PublicationDates(String publishedIso, String publishedLine, @Nullable String updatedIso,
                               @Nullable String updatedLine) {
}
