package news.dateline.imports.internal.ghost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.imports.internal.source.SourceException;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourceTerm;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * The export's small tables, gathered in the first pass (they may come before or after the posts): staff users,
 * tags, the post-author and post-tag relations, {@code posts_meta} and the few settings the import needs. Only the
 * fields used are kept (never e-mails or password hashes), and the row count is bounded.
 */
final class GhostTables implements GhostJson.Tables {

    static final int MAX_ROWS = 2_000_000;
    private static final Set<String> SETTINGS = Set.of("title", "timezone", "locale", "lang", "url", "description");

    /** One post's {@code posts_meta} row. */
    record Meta(String featureImageAlt, String featureImageCaption, String metaTitle, String metaDescription) {
    }

    private record Ordered(int sortOrder, int seen, String id) {
    }

    final List<SourcePerson> people = new ArrayList<>();
    final List<SourceTerm> tags = new ArrayList<>();
    final Map<String, String> settings = new HashMap<>();
    final Map<String, Meta> meta = new HashMap<>();
    private final Map<String, List<Ordered>> authors = new HashMap<>();
    private final Map<String, List<Ordered>> postTags = new HashMap<>();
    /** One instance of each author and tag id, however many posts name it. */
    private final Map<String, String> ids = new HashMap<>();
    private int rows;
    String version = "";
    boolean postsSeen;
    /** How many rows the {@code posts} table holds (posts and pages). */
    int posts;

    void meta(JsonNode node) {
        String v = text(node, "version");
        if (!v.isBlank()) {
            version = v;
        }
    }

    @Override
    public void table(String name, JsonParser parser) {
        switch (name) {
            case "users" -> GhostJson.rows(parser, name, row -> people.add(count(person(row))));
            case "tags" -> GhostJson.rows(parser, name, row -> tags.add(count(tag(row))));
            case "posts_authors" -> GhostJson.rows(parser, name, row -> relate(authors, row, "author_id"));
            case "posts_tags" -> GhostJson.rows(parser, name, row -> relate(postTags, row, "tag_id"));
            case "posts_meta" -> GhostJson.rows(parser, name, row -> meta.put(text(row, "post_id"), count(new Meta(
                    text(row, "feature_image_alt"), text(row, "feature_image_caption"), text(row, "meta_title"),
                    text(row, "meta_description")))));
            case "settings" -> GhostJson.rows(parser, name, row -> {
                String key = text(row, "key");
                if (SETTINGS.contains(key)) {
                    settings.put(key, count(text(row, "value")));
                }
            });
            case "posts" -> {
                postsSeen = true;
                posts += GhostJson.skipRows(parser, name);
            }
            default -> parser.skipChildren();
        }
    }

    List<String> authorIds(String postId) {
        return ordered(authors, postId);
    }

    List<String> tagIds(String postId) {
        return ordered(postTags, postId);
    }

    private static List<String> ordered(Map<String, List<Ordered>> relation, String postId) {
        return relation.getOrDefault(postId, List.of()).stream()
                .sorted(Comparator.comparingInt(Ordered::sortOrder).thenComparingInt(Ordered::seen))
                .map(Ordered::id).distinct().toList();
    }

    private void relate(Map<String, List<Ordered>> relation, JsonNode row, String field) {
        String post = text(row, "post_id");
        String id = ids.computeIfAbsent(text(row, field), k -> k);
        if (!post.isBlank() && !id.isBlank()) {
            List<Ordered> list = relation.computeIfAbsent(post, k -> new ArrayList<>());
            list.add(count(new Ordered(row.path("sort_order").asInt(0), list.size(), id)));
        }
    }

    private static SourcePerson person(JsonNode row) {
        String slug = text(row, "slug");
        return new SourcePerson(text(row, "id"), slug, text(row, "name"), text(row, "bio"),
                text(row, "profile_image"), text(row, "website"), slug.isBlank() ? "" : "/author/" + slug + "/");
    }

    private static SourceTerm tag(JsonNode row) {
        String slug = text(row, "slug");
        String name = text(row, "name");
        boolean internal = text(row, "visibility").equals("internal") || name.startsWith("#");
        return new SourceTerm(text(row, "id"), SourceTerm.Kind.TAG, slug, name, text(row, "description"), "",
                internal, slug.isBlank() ? "" : "/tag/" + slug + "/");
    }

    private <T> T count(T row) {
        if (++rows > MAX_ROWS) {
            throw new SourceException("The Ghost export was refused: its users, tags and relation tables hold more"
                    + " than " + MAX_ROWS + " rows.");
        }
        return row;
    }

    /** A field as text: blank when missing or null (numbers and booleans as their JSON text). */
    static String text(JsonNode row, String field) {
        JsonNode node = row.path(field);
        return node.isNull() || node.isMissingNode() || node.isContainer() ? "" : node.asString();
    }
}
