package news.dateline.site.web;

import java.util.List;
import java.util.Objects;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.PublishedStories;
import news.dateline.articles.Correction;
import news.dateline.articles.Excerpt;
import news.dateline.media.Image;
import news.dateline.media.MediaLibrary;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Component;

/** Builds the article page for a public story. */
@Component
class ArticlePages {

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
    private final StoryCards cards;
    private final MostReadLists mostRead;
    private final PageFrame frame;
    private final ArticleHead head;
    private final ArticleParts parts;

    ArticlePages(PublishedStories published, ArticleWorkflow workflow, Sections sections, People people,
                 MediaLibrary media, StoryCards cards, MostReadLists mostRead, PageFrame frame, ArticleHead head,
                 ArticleParts parts) {
        this.published = published;
        this.workflow = workflow;
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.cards = cards;
        this.mostRead = mostRead;
        this.frame = frame;
        this.head = head;
        this.parts = parts;
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
        List<Person> authors = article.bylines().stream().map(peopleById::get).filter(Objects::nonNull).toList();
        Image image = article.hero() == null ? null : media.find(article.hero().imageId()).orElse(null);
        if (image != null) {
            keys.add(PageKeys.image(image.id()));
        }
        HeroFigure hero = parts.hero(article.hero(), image);
        var body = parts.figures(article);
        body.images().forEach(placed -> keys.add(PageKeys.image(placed.image().id())));
        String url = frame.absolute(path);
        String description = Excerpt.of(article);
        String title = article.seoTitle().isEmpty() ? article.headline() : article.seoTitle();
        Layout siteFrame = frame.layout(title, description, path, section.slug(), keys);
        String language = article.languageOr(siteFrame.language());
        Layout layout = siteFrame.withLanguage(language).withHead(head.of(article, section, authors, image,
                hero == null ? "" : hero.caption(), body.images(), notices, url, description));
        return new ArticlePage(layout, StoryHeader.of(article, section, sections.parentOf(section).orElse(null)),
                parts.meta(article, language, StoryCards.bylines(article.bylines(), peopleById), live), hero,
                Share.of(url, article.headline()), parts.body(body, article.tags(), notices),
                new Related(moreIn(section, article, keys), live ? mostRead.article(section, keys) : List.of()));
    }

    private List<StoryCard> moreIn(Section section, Article current, PageKeys.Builder keys) {
        List<Article> others = published.newestInSection(section.id(), 5).stream()
                .filter(a -> a.id() != current.id()).limit(4).toList();
        return cards.cards(others, keys);
    }
}
