package news.dateline.site.web;

import java.util.List;

/** A block of the home page: the latest stories of one section. */
public record SectionBlock(String name, String href, List<StoryCard> stories) {
}
