package news.dateline.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.pagecache.PageKeys;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.views.MostRead;
import news.dateline.views.MostReadStory;
import news.dateline.views.ViewCount;
import news.dateline.views.ViewPeriod;
import org.springframework.stereotype.Component;

/** Builds the most-read lists shown on the home page, section fronts and beside articles. */
@Component
class MostReadLists {

    static final int LENGTH = 5;

    private final MostRead mostRead;
    private final Sections sections;

    MostReadLists(MostRead mostRead, Sections sections) {
        this.mostRead = mostRead;
        this.sections = sections;
    }

    /** Home page: the whole site, last 24 hours and last 7 days. */
    List<MostReadList> home(PageKeys.Builder keys) {
        List<MostReadList> lists = new ArrayList<>();
        add(lists, "Most read", ViewPeriod.LAST_24_HOURS, "most-read-day", mostRead.site(ViewPeriod.LAST_24_HOURS, LENGTH), 0, keys);
        add(lists, "Most read", ViewPeriod.LAST_7_DAYS, "most-read-week", mostRead.site(ViewPeriod.LAST_7_DAYS, LENGTH), 0, keys);
        return lists;
    }

    /** Section front: that section, last 24 hours and last 7 days. */
    List<MostReadList> section(Section section, PageKeys.Builder keys) {
        List<MostReadList> lists = new ArrayList<>();
        String title = "Most read in " + section.name();
        add(lists, title, ViewPeriod.LAST_24_HOURS, "most-read-day", mostRead.inSection(section.id(), ViewPeriod.LAST_24_HOURS, LENGTH), section.id(), keys);
        add(lists, title, ViewPeriod.LAST_7_DAYS, "most-read-week", mostRead.inSection(section.id(), ViewPeriod.LAST_7_DAYS, LENGTH), section.id(), keys);
        return lists;
    }

    /** Beside an article: its section and the whole site, last 24 hours. */
    List<MostReadList> article(Section section, PageKeys.Builder keys) {
        List<MostReadList> lists = new ArrayList<>();
        add(lists, "Most read in " + section.name(), ViewPeriod.LAST_24_HOURS, "most-read-section",
                mostRead.inSection(section.id(), ViewPeriod.LAST_24_HOURS, LENGTH), section.id(), keys);
        add(lists, "Most read", ViewPeriod.LAST_24_HOURS, "most-read-site", mostRead.site(ViewPeriod.LAST_24_HOURS, LENGTH), 0, keys);
        return lists;
    }

    private void add(List<MostReadList> lists, String title, ViewPeriod period, String id, List<MostReadStory> stories,
                     long sectionId, PageKeys.Builder keys) {
        keys.add(PageKeys.mostRead(sectionId));
        if (stories.isEmpty()) {
            return;
        }
        Map<Long, Section> byId = sections.all().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        List<MostReadList.Item> items = new ArrayList<>();
        for (MostReadStory story : stories) {
            keys.add(PageKeys.article(story.article().id()));
            keys.add(PageKeys.section(story.article().sectionId()));
            Optional.ofNullable(byId.get(story.article().sectionId())).ifPresent(section -> items.add(new MostReadList.Item(
                    items.size() + 1, story.article().headline(), StoryCards.path(section, story.article()),
                    ViewCount.label(story.views()))));
        }
        lists.add(new MostReadList(title, period.label(), id, items));
    }
}
