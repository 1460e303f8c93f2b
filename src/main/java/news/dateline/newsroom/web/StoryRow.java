package news.dateline.newsroom.web;

/** A story in a newsroom list. {@code statusKey} is the lowercase status for the chip's class. */
public record StoryRow(long id, String headline, String href, String statusKey, String statusLabel, String sectionName,
                       String bylines, String timeIso, String timeLabel) {
}
