package news.dateline.imports.internal.wordpress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceState;
import org.jspecify.annotations.Nullable;

/**
 * Posts and pages as source posts, everything else WordPress keeps among its posts (menu items, reusable blocks,
 * templates, revisions, custom types, the trash) as a skipped line, and a post's comments as one skipped line.
 */
final class WxrPosts {

    private static final Set<String> DRAFTS = Set.of("draft", "pending", "auto-draft");

    private final WxrSurvey survey;
    private final Consumer<SourceItem> out;

    WxrPosts(WxrSurvey survey, Consumer<SourceItem> out) {
        this.survey = survey;
        this.out = out;
    }

    void item(WxrItem item) {
        String id = item.id();
        if (item.unreadable != null) {
            out.accept(new SourceSkipped(id, "item", item.field("title"), "Item " + (id.isEmpty() ? "" : id + " ")
                    + "was not imported: " + item.unreadable + "."));
            return;
        }
        String type = item.type();
        if (type.equals("attachment")) {
            return;
        }
        if (id.isEmpty()) {
            out.accept(new SourceSkipped("", "item", item.field("title"), "An item without an id (wp:post_id), \"" + item.field("title")
                    + "\", was not imported."));
            return;
        }
        String title = item.field("title");
        if (!type.equals("post") && !type.equals("page")) {
            out.accept(new SourceSkipped(id, type.isEmpty() ? "item" : type, title, "The " + (type.isEmpty() ? "item" : type)
                    + " \"" + title + "\" (" + id + ") was not imported: Dateline has no such content."));
            return;
        }
        if (item.status().equals("trash")) {
            out.accept(new SourceSkipped(id, "trash", title, "The " + type + " \"" + title + "\" (" + id
                    + ") was in WordPress's trash and was not imported."));
            return;
        }
        out.accept(post(item, type.equals("page") ? SourcePost.Kind.PAGE : SourcePost.Kind.STORY));
        if (item.comments > 0) {
            out.accept(new SourceSkipped(id, "comment", item.comments + (item.comments == 1 ? " comment" : " comments")
                    + " not imported (" + item.pendingComments + " pending)"));
        }
    }

    private SourcePost post(WxrItem item, SourcePost.Kind kind) {
        SourceState state = state(item);
        @Nullable Instant published = state == SourceState.DRAFT ? null
                : WxrDates.instant(item.field("wp:post_date_gmt"), item.field("wp:post_date"), survey.zone());
        @Nullable Instant modified = WxrDates.instant(item.field("wp:post_modified_gmt"), item.field("wp:post_modified"),
                survey.zone());
        String creator = item.field("dc:creator");
        String parent = item.field("wp:post_parent");
        return new SourcePost(item.id(), kind, item.field("title"), WxrText.decoded(item.field("wp:post_name")), state,
                item.field("content:encoded"), SourcePost.Format.WORDPRESS, item.field("excerpt:encoded").strip(),
                creator.isEmpty() ? List.of() : List.of(creator), categories(item), tags(item), published, modified,
                item.meta("_thumbnail_id"), "", "", "", state == SourceState.DRAFT ? "" : item.field("link"),
                kind == SourcePost.Kind.PAGE && !parent.equals("0") ? parent : "", item.number("wp:menu_order"),
                item.field("wp:is_sticky").equals("1"), item.comments,
                seo(item.meta("_yoast_wpseo_title"), item.meta("rank_math_title")),
                seo(item.meta("_yoast_wpseo_metadesc"), item.meta("rank_math_description")),
                seo(item.meta("_yoast_wpseo_canonical"), item.meta("rank_math_canonical_url")), "");
    }

    static SourceState state(WxrItem item) {
        String status = item.status();
        if (status.equals("publish")) {
            return item.field("wp:post_password").isEmpty() ? SourceState.PUBLISHED : SourceState.PASSWORD;
        }
        if (status.equals("private")) {
            return SourceState.PRIVATE;
        }
        if (status.equals("future")) {
            return SourceState.SCHEDULED;
        }
        // draft, pending, auto-draft, and any status a plugin added: never public without an editor's say.
        return SourceState.DRAFT;
    }

    /** Category ids, the Yoast primary category first when one is set. */
    private List<String> categories(WxrItem item) {
        var ids = new LinkedHashSet<String>();
        String primary = item.meta("_yoast_wpseo_primary_category");
        for (var ref : item.terms) {
            if (ref.domain().equals("category") && !ref.nicename().isEmpty()) {
                String id = survey.categoryId(ref.nicename());
                if (id.equals(primary)) {
                    var rest = new ArrayList<>(ids);
                    ids.clear();
                    ids.add(id);
                    ids.addAll(rest);
                } else {
                    ids.add(id);
                }
            }
        }
        return List.copyOf(ids);
    }

    private List<String> tags(WxrItem item) {
        var ids = new LinkedHashSet<String>();
        for (var ref : item.terms) {
            if (ref.domain().equals("post_tag") && !ref.nicename().isEmpty()) {
                ids.add(survey.tagId(ref.nicename()));
            }
        }
        return List.copyOf(ids);
    }

    /** An SEO field, unless it holds the plugin's template variables ({@code %%title%% %%sep%%}). */
    private static String seo(String yoast, String rankMath) {
        String value = yoast.isEmpty() ? rankMath : yoast;
        return value.contains("%%") || value.contains("%title%") ? "" : WxrText.plain(value);
    }
}
