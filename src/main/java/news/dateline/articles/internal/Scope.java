package news.dateline.articles.internal;

import java.util.ArrayList;
import java.util.List;

/** Which published stories a listing covers: all, one section's, or one person's. */
public sealed interface Scope {

    String join();

    String condition();

    /** The query parameters: {@code now}, then the scope's own, then {@code extra} (limit, offset). */
    List<Object> params(Object now, Object... extra);

    static Scope everything() {
        return new Everything();
    }

    static Scope section(long sectionId) {
        return new InSection(sectionId);
    }

    static Scope byline(long personId) {
        return new ByPerson(personId);
    }

    private static List<Object> list(Object now, Object own, Object... extra) {
        List<Object> params = new ArrayList<>();
        params.add(now);
        if (own != null) {
            params.add(own);
        }
        params.addAll(List.of(extra));
        return params;
    }

    record Everything() implements Scope {
        public String join() {
            return "";
        }

        public String condition() {
            return "";
        }

        public List<Object> params(Object now, Object... extra) {
            return list(now, null, extra);
        }
    }

    record InSection(long sectionId) implements Scope {
        public String join() {
            return "";
        }

        public String condition() {
            return " AND a.section_id = ?";
        }

        public List<Object> params(Object now, Object... extra) {
            return list(now, sectionId, extra);
        }
    }

    record ByPerson(long personId) implements Scope {
        public String join() {
            return "JOIN article_bylines b ON b.article_id = a.id ";
        }

        public String condition() {
            return " AND b.person_id = ?";
        }

        public List<Object> params(Object now, Object... extra) {
            return list(now, personId, extra);
        }
    }
}
