package news.dateline.articles.internal;

/**
 * The one rule for what readers may see: a story is public when it is published and its
 * publication time has come. Every public query uses this fragment (first parameter: now).
 */
final class Visibility {

    static final String PUBLIC = "a.status = 'PUBLISHED' AND a.first_published_at <= ?";

    private Visibility() {
    }
}
