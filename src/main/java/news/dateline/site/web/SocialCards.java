package news.dateline.site.web;

import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.media.Crop;
import news.dateline.media.Image;
import news.dateline.people.Person;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.site.web.HeadTags.MetaTag;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Open Graph and X card tags of an article page (og:type, og:url, og:site_name, og:title and og:description
 * come from the layout itself).
 */
@Component
class SocialCards {

    private final SiteSettings settings;
    private final DateLines dates;

    SocialCards(SiteSettings settings, DateLines dates) {
        this.settings = settings;
        this.dates = dates;
    }

    List<MetaTag> article(Article article, Section section, List<Person> authors, @Nullable Image image, String caption,
                          String description) {
        List<MetaTag> tags = new ArrayList<>();
        String alt = null;
        String imageUrl = null;
        if (image != null) {
            SocialImage wide = SocialImage.of(image, Crop.WIDE);
            imageUrl = settings.absolute(wide.url());
            alt = image.altText() != null && !image.altText().isBlank() ? image.altText() : caption;
            tags.add(MetaTag.property("og:image", imageUrl));
            tags.add(MetaTag.property("og:image:type", "image/jpeg"));
            tags.add(MetaTag.property("og:image:width", String.valueOf(wide.width())));
            tags.add(MetaTag.property("og:image:height", String.valueOf(wide.height())));
            if (alt != null && !alt.isBlank()) {
                tags.add(MetaTag.property("og:image:alt", alt));
            }
        }
        var locale = java.util.Locale.forLanguageTag(article.languageOr(settings.language()));
        if (!locale.getCountry().isEmpty()) {
            tags.add(MetaTag.property("og:locale", locale.getLanguage() + "_" + locale.getCountry()));
        }
        tags.add(MetaTag.property("article:published_time", dates.iso(article.firstPublishedAt())));
        tags.add(MetaTag.property("article:modified_time", dates.iso(StructuredData.modified(article))));
        tags.add(MetaTag.property("article:section", section.name()));
        for (Person author : authors) {
            tags.add(MetaTag.property("article:author", settings.absolute(author.path())));
        }
        for (String tag : article.tags()) {
            tags.add(MetaTag.property("article:tag", tag));
        }
        tags.add(MetaTag.name("twitter:card", image != null ? "summary_large_image" : "summary"));
        tags.add(MetaTag.name("twitter:title", article.headline()));
        tags.add(MetaTag.name("twitter:description", description));
        if (imageUrl != null) {
            tags.add(MetaTag.name("twitter:image", imageUrl));
            if (alt != null && !alt.isBlank()) {
                tags.add(MetaTag.name("twitter:image:alt", alt));
            }
        }
        return tags;
    }
}
