package news.dateline.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.articles.PublishedStories;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.views.ArticleViews;
import news.dateline.views.ViewPeriod;
import news.dateline.views.ViewSeries;
import news.dateline.views.ViewStatistics;
import news.dateline.views.ViewStatistics.Tally;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Views for the newsroom: the site's views, top stories and sections over a period, and each story's views. Every
 * signed-in account sees the site's numbers (the newsroom's security lets no one else in); a story's numbers need
 * the same right as opening it in the editor.
 */
@Service
public class NewsroomAnalytics {

    /** Stories on the top list. */
    public static final int TOP = 20;

    /** A story on the top list with its rank, its section's name and its views. */
    public record RankedStory(int rank, Article article, String section, long views) {
    }

    /** A section's views (by name) in the period. */
    public record SectionViews(String name, long views) {
    }

    /** The site's views over a period, its top stories and every section's views. */
    public record SiteViews(ViewPeriod period, ViewSeries series, List<RankedStory> top, List<SectionViews> sections) {
    }

    /**
     * One story's views over a period.
     *
     * @param publicPath the story's public address while readers can see it, else null
     * @param allTime    its views since publication
     */
    public record StoryViews(ViewPeriod period, Article story, ViewSeries series, @Nullable String publicPath, long allTime) {
    }

    private final Desk desk;
    private final ViewStatistics statistics;
    private final ArticleViews views;
    private final Articles articles;
    private final PublishedStories published;
    private final Sections sections;

    NewsroomAnalytics(Desk desk, ViewStatistics statistics, ArticleViews views, Articles articles,
                      PublishedStories published, Sections sections) {
        this.desk = desk;
        this.statistics = statistics;
        this.views = views;
        this.articles = articles;
        this.published = published;
        this.sections = sections;
    }

    public SiteViews site(ViewPeriod period) {
        return new SiteViews(period, statistics.site(period), top(period), sections(period));
    }

    public StoryViews story(long id, ViewPeriod period) {
        Article story = desk.open(id);
        boolean live = !published.publicAmong(List.of(id)).isEmpty();
        Section section = sections.byId(story.sectionId()).orElse(null);
        String path = live && section != null ? section.path() + "/" + news.dateline.platform.Slug.encode(story.slug()) : null;
        return new StoryViews(period, story, statistics.article(id, period), path, views.total(id));
    }

    /** The site's views over the period, or (with {@code storyId}) one story's. */
    public ViewSeries series(ViewPeriod period, @Nullable Long storyId) {
        if (storyId == null) {
                return statistics.site(period);
        }
        desk.open(storyId);
        return statistics.article(storyId, period);
    }

    /** The most viewed stories in the period, whatever their state now. */
    public List<RankedStory> top(ViewPeriod period) {
        List<Tally> tallies = statistics.top(period, TOP);
        Map<Long, Article> byId = articles.byIds(tallies.stream().map(Tally::id).toList()).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        Map<Long, String> names = sectionNames();
        List<RankedStory> ranked = new ArrayList<>();
        for (Tally tally : tallies) {
            Article article = byId.get(tally.id());
            if (article != null) {
                ranked.add(new RankedStory(ranked.size() + 1, article, names.getOrDefault(article.sectionId(), ""), tally.views()));
            }
        }
        return ranked;
    }

    /** Every section, with those that had no views at 0, most viewed first. */
    public List<SectionViews> sections(ViewPeriod period) {
        Map<Long, String> names = sectionNames();
        List<SectionViews> rows = new ArrayList<>();
        List<Tally> tallies = statistics.sections(period);
        for (Tally tally : tallies) {
            rows.add(new SectionViews(names.getOrDefault(tally.id(), "(deleted section)"), tally.views()));
        }
        Set<Long> seen = tallies.stream().map(Tally::id).collect(Collectors.toSet());
        sections.all().stream().filter(s -> !seen.contains(s.id())).forEach(s -> rows.add(new SectionViews(s.name(), 0)));
        return rows;
    }

    private Map<Long, String> sectionNames() {
        return sections.all().stream().collect(Collectors.toMap(Section::id, Section::name));
    }
}
