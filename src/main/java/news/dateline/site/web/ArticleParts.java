package news.dateline.site.web;

import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.Correction;
import news.dateline.articles.HeroImage;
import news.dateline.media.Image;
import news.dateline.media.InlineImages;
import news.dateline.platform.SiteSettings;
import news.dateline.views.ArticleViews;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the parts of an article page that need the site's wording, dates and counts, one method per part, from
 * what {@link ArticlePages} has looked up.
 */
@Component
class ArticleParts {

    static final String HERO_SIZES = "(min-width: 960px) 880px, 100vw";
    /** The body column ({@code --col}, 42.5rem) on wide screens, the screen less its margins on narrow ones. */
    static final String BODY_SIZES = "(min-width: 46rem) 42.5rem, calc(100vw - 2rem)";
    /** A gallery's pictures: two (or three) to the body column's row from 30em, the column on a phone. */
    static final String GALLERY_SIZES = "(min-width: 46rem) 21rem, (min-width: 30em) calc(50vw - 1.5rem), calc(100vw - 2rem)";
    /** The widest inline rendition worth offering: the body column on a 2x screen. */
    static final int BODY_MAX_WIDTH = 1600;

    private final DateLines dates;
    private final ArticleViews views;
    private final SiteSettings settings;
    private final InlineImages inline;

    ArticleParts(DateLines dates, ArticleViews views, SiteSettings settings, InlineImages inline) {
        this.dates = dates;
        this.views = views;
        this.settings = settings;
        this.inline = inline;
    }

    /** The body's library images as figures sized for the body column, galleries in columns of their own. */
    InlineImages.FiguredBody figures(Article article) {
        return inline.figures(article.body().html(), BODY_SIZES, BODY_MAX_WIDTH, GALLERY_SIZES);
    }

    /** Dates in the story's {@code language}, bylines, and the views line with the beacon when {@code live}. */
    StoryMeta meta(Article article, String language, List<BylineLink> bylines, boolean live) {
        var published = new PublicationDates(dates.iso(article.firstPublishedAt()),
                dates.published(article.firstPublishedAt(), language), dates.iso(article.lastUpdatedAt()),
                dates.updated(article.firstPublishedAt(), article.lastUpdatedAt(), language));
        return new StoryMeta(published, bylines, new ViewCounter(DateLines.views(views.total(article.id())),
                live ? "/views/" + article.id() : null));
    }

    /** The lead picture: the story's own caption or the library's, and the site's credit wording; null without one. */
    @Nullable HeroFigure hero(@Nullable HeroImage chosen, @Nullable Image image) {
        if (chosen == null || image == null) {
            return null;
        }
        String caption = chosen.caption() != null ? chosen.caption() : image.caption();
        String credit = image.credit().isEmpty() ? null : settings.creditLine(image.credit().display());
        return new HeroFigure(StoryCards.view(image, HERO_SIZES, 2048, 1024), caption, credit);
    }

    /** The figured body with the story's tags and its dated correction notices. */
    StoryBody body(InlineImages.FiguredBody figured, List<String> tags, List<Correction> notices) {
        var corrections = notices.stream().map(c -> new CorrectionNotice(c.kind().label(), dates.iso(c.createdAt()),
                dates.shortDate(c.createdAt()), c.text())).toList();
        return new StoryBody(figured.html(), tags, corrections);
    }
}
