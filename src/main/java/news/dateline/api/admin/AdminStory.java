package news.dateline.api.admin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import news.dateline.articles.Article;
import org.jspecify.annotations.Nullable;

/** A story in any state as the Admin API answers it; {@code version} is what the next save must send. */
record AdminStory(long id, int version, String status, String headline, String slug, String standfirst, String body,
                  long sectionId, List<Long> bylines, List<String> tags, @Nullable Hero hero, String language,
                  String seoTitle, String seoDescription, @Nullable String releaseAt,
                  @Nullable String firstPublishedAt, @Nullable String lastUpdatedAt, String createdAt,
                  String modifiedAt) {

    record Hero(long imageId, @Nullable String caption) {
    }

    static AdminStory of(Article a) {
        return new AdminStory(a.id(), a.version(), a.status().name().toLowerCase(Locale.ROOT), a.headline(), a.slug(),
                a.standfirst(), a.body().markdown(), a.sectionId(), a.bylines(), a.tags(),
                a.hero() == null ? null : new Hero(a.hero().imageId(), a.hero().caption()), a.language(),
                a.seoTitle(), a.seoDescription(), text(a.releaseAt()), text(a.firstPublishedAt()),
                text(a.lastUpdatedAt()), text(a.createdAt()), text(a.modifiedAt()));
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
