package news.dateline.views;

/** A most-read list was computed afresh and reads differently now: site-wide ({@code sectionId} 0) or one section's. */
public record MostReadChanged(long sectionId) {
}
