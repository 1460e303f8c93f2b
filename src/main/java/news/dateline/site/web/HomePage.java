package news.dateline.site.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The home page: a lead story, the latest stories, the most-read lists, and a block per section. */
public record HomePage(Layout layout, @Nullable StoryCard lead, List<StoryCard> latest, List<MostReadList> mostRead,
                       List<SectionBlock> sections) {
}
