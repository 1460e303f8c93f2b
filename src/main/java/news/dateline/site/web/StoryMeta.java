package news.dateline.site.web;

import java.util.List;

/** The line under an article's standfirst: when it was published and updated, who wrote it, how many read it. */
public record StoryMeta(PublicationDates dates, List<BylineLink> bylines, ViewCounter views) {
}
