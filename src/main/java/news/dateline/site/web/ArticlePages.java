package news.dateline.site.web;

import java.util.List;
import java.util.Objects;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.PublishedStories;
import news.dateline.articles.Correction;
import news.dateline.articles.Excerpt;
import news.dateline.media.Image;
import news.dateline.media.InlineImages;
import news.dateline.media.MediaLibrary;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.views.ArticleViews;
import org.springframework.stereotype.Component;

/** Builds the article page for a public story. */
@Component
class ArticlePages {

    static final String HERO_SIZES = "(min-width: 960px) 880px, 100vw";
    /** The body column ({@code --col}, 42.5rem) on wide screens, the screen less its margins on narrow ones. */
    static final String BODY_SIZES = "(min-width: 46rem) 42.5rem, calc(100vw - 2rem)";
    /** The widest inline rendition worth offering: the body column on a 2x screen. */
    static final int BODY_MAX_WIDTH = 1600;

    /** What a request for an article address leads to. */
    sealed interface Outcome {
    }

    record Show(KeyedPage<ArticlePage> page) implements Outcome {
    }

    /** The story lives at another address (its section changed): answer with a permanent redirect. */
    record MovedTo(String path) implements Outcome {
    }

    private final PublishedStories published;
    private final ArticleWorkflow workflow;
    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final ArticleViews views;
    private final StoryCards cards;
    private final MostReadLists mostRead;
    private final PageFrame frame;
    private final DateLines dates;
    private final SiteSettings settings;
    private final ArticleHead head;
    private final InlineImages inline;

    ArticlePages(PublishedStories published, ArticleWorkflow workflow, Sections sections, People people, MediaLibrary media, ArticleViews views,
                 StoryCards cards, MostReadLists mostRead, PageFrame frame, DateLines dates, SiteSettings settings,
                 ArticleHead head, InlineImages inline) {
        this.published = published;
        this.workflow = workflow;
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.views = views;
        this.cards = cards;
        this.mostRead = mostRead;
        this.frame = frame;
        this.dates = dates;
        this.settings = settings;
        this.head = head;
        this.inline = inline;
    }

    Outcome page(String sectionSlug, String slug) {
        var found = published.findPublished(slug);
        if (found.isEmpty()) {
            return published.findMoved(slug)
                    .map(moved -> (Outcome) new MovedTo(StoryCards.path(sections.byId(moved.sectionId()).orElseThrow(), moved)))
                    .orElseThrow(() -> published.wasKilled(slug) ? new GoneException("It was withdrawn and is no longer available.")
                            : new NotFoundException("We could not find that story."));
        }
        Article article = found.get();
        Section section = sections.byId(article.sectionId()).orElseThrow();
        String path = StoryCards.path(section, article);
        if (!section.slug().equals(sectionSlug)) {
            return new MovedTo(path);
        }
        var keys = PageKeys.builder();
        return new Show(keys.page(build(article, section, path, workflow.corrections(article.id()), true, keys)));
    }

    /** The page as it would look once published: for the newsroom's preview (never cached, so its keys are dropped). */
    ArticlePage preview(Article article) {
        Section section = sections.byId(article.sectionId()).orElseThrow(() -> new NotFoundException("No such section"));
        return build(article, section, StoryCards.path(section, article), List.of(), false, PageKeys.builder());
    }

    private ArticlePage build(Article article, Section section, String path, List<Correction> notices, boolean live,
                              PageKeys.Builder keys) {
        keys.story(article.id(), section.id(), article.bylines()).sectionStories(section.id());
        var peopleById = people.byIds(article.bylines());
        var bylines = StoryCards.bylines(article.bylines(), peopleById);
        List<Person> authors = article.bylines().stream().map(peopleById::get).filter(Objects::nonNull).toList();
        Image image = article.hero() == null ? null : media.find(article.hero().imageId()).orElse(null);
        if (image != null) {
            keys.add(PageKeys.image(image.id()));
        }
        String caption = image == null ? "" : article.hero().caption() != null ? article.hero().caption() : image.caption();
        String credit = image == null || image.credit().isEmpty() ? null : settings.creditLine(image.credit().display());
        var body = inline.figures(article.body().html(), BODY_SIZES, BODY_MAX_WIDTH);
        body.images().forEach(placed -> keys.add(PageKeys.image(placed.image().id())));
        String url = frame.absolute(path);
        String description = Excerpt.of(article);
        String title = article.seoTitle().isEmpty() ? article.headline() : article.seoTitle();
        var corrections = notices.stream().map(c -> new CorrectionNotice(c.kind().label(), dates.iso(c.createdAt()),
                dates.shortDate(c.createdAt()), c.text())).toList();
        String language = article.languageOr(settings.language());
        Layout layout = frame.layout(title, description, path, section.slug(), keys).withLanguage(language)
                .withHead(head.of(article, section, authors, image, caption, body.images(), notices, url, description));
        return new ArticlePage(layout,
                section.name(), section.path(), article.headline(), article.standfirst(),
                dates.iso(article.firstPublishedAt()), dates.published(article.firstPublishedAt(), language),
                dates.iso(article.lastUpdatedAt()), dates.updated(article.firstPublishedAt(), article.lastUpdatedAt(), language),
                bylines, DateLines.views(views.total(article.id())),
                image == null ? null : StoryCards.view(image, HERO_SIZES, 2048, 1024), caption, credit,
                url, article.headline(), ShareLinks.of(url, article.headline()),
                body.html(), article.tags(), corrections, moreIn(section, article, keys),
                live ? "/views/" + article.id() : null, live ? mostRead.article(section, keys) : List.of());
    }

    private List<StoryCard> moreIn(Section section, Article current, PageKeys.Builder keys) {
        List<Article> others = published.newestInSection(section.id(), 5).stream()
                .filter(a -> a.id() != current.id()).limit(4).toList();
        return cards.cards(others, keys);
    }
}
