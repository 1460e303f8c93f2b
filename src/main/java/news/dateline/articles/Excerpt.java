package news.dateline.articles;

import org.jsoup.Jsoup;

/**
 * The one-paragraph description of a story that search results, social cards, feeds and structured data
 * show: the SEO description, else the standfirst, else the start of the body cut at a word.
 */
public final class Excerpt {

    public static final int MAX_LENGTH = 200;

    private Excerpt() {
    }

    public static String of(Article article) {
        if (article.seoDescription() != null && !article.seoDescription().isBlank()) {
            return article.seoDescription().strip();
        }
        if (article.standfirst() != null && !article.standfirst().isBlank()) {
            return article.standfirst().strip();
        }
        var first = Jsoup.parseBodyFragment(article.body().html()).selectFirst("p");
        String text = first == null ? "" : first.text().strip();
        return shorten(text, MAX_LENGTH);
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[\\s,;:.]+$", "") + "…";
    }
}
