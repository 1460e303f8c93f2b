package news.dateline.search;

import news.dateline.articles.Article;

/**
 * One story found.
 *
 * @param snippetHtml a passage of the story with the matched words in {@code <mark>}, HTML-escaped otherwise
 *                    and safe to place in a page unescaped; empty when no passage matched
 */
public record SearchHit(Article article, String snippetHtml) {
}
