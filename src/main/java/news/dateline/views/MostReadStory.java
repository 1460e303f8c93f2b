package news.dateline.views;

import news.dateline.articles.Article;

/** A story on a most-read list, with its views in the list's period. */
public record MostReadStory(Article article, long views) {
}
