package news.dateline.articles.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Which published stories a listing covers: all, one section's, or one person's.
 *
 * @param join      extra FROM clause (after {@code articles a}), may be empty
 * @param condition extra WHERE condition starting with AND, may be empty
 * @param value     the condition's parameter, or null
 */
public record Scope(String join, String condition, Object value) {

    public static Scope everything() {
        return new Scope("", "", null);
    }

    public static Scope section(long sectionId) {
        return new Scope("", " AND a.section_id = ?", sectionId);
    }

    /** A section's stories and those of the sections directly under it (sections go one level deep). */
    public static Scope sectionAndChildren(long sectionId) {
        return new Scope("", " AND a.section_id IN (SELECT s.id FROM sections s WHERE ? IN (s.id, s.parent_id))",
                sectionId);
    }

    public static Scope byline(long personId) {
        return new Scope("JOIN article_bylines b ON b.article_id = a.id ", " AND b.person_id = ?", personId);
    }

    /** The query parameters: {@code now} (for the visibility rule), the scope's own, then {@code extra}. */
    List<Object> params(Object now, Object... extra) {
        List<Object> params = new ArrayList<>();
        params.add(now);
        if (value != null) {
            params.add(value);
        }
        params.addAll(List.of(extra));
        return params;
    }
}
