package news.dateline.articles.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleListing;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.StoryQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom's search over all stories in any state, most recently changed first. */
@Repository
public class StorySearch {

    private final JdbcClient jdbc;

    public StorySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ArticleListing find(StoryQuery query) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!query.text().isEmpty()) {
            where.append(" AND LOWER(a.headline) LIKE ? ESCAPE '\\'");
            params.add("%" + escape(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.sectionId() != null) {
            where.append(" AND a.section_id = ?");
            params.add(query.sectionId());
        }
        if (query.personId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.person_id = ?)");
            params.add(query.personId());
        }
        if (query.status() != null) {
            where.append(" AND a.status = ?");
            params.add(query.status().name());
        }
        if (query.ownerAccountId() != null) {
            where.append(" AND a.owner_account_id = ?");
            params.add(query.ownerAccountId());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM articles a " + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(query.pageSize());
        paged.add((query.page() - 1) * query.pageSize());
        List<Article> articles = ArticleRows.hydrate(jdbc, jdbc.sql(ArticleRows.COLUMNS + where
                        + " ORDER BY " + order(query) + ", a.id DESC LIMIT ? OFFSET ?")
                .params(paged).query(ArticleRows::row).list());
        return new ArticleListing(articles, query.page(), query.pageSize(), total);
    }

    /** Published lists read newest publication first; every other list, most recently changed first. */
    private static String order(StoryQuery query) {
        return query.status() == ArticleStatus.PUBLISHED ? "a.first_published_at DESC" : "a.modified_at DESC";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
