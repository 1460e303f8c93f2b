package news.dateline.imports.internal.wordpress;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.dateline.imports.internal.feed.XmlExport;
import news.dateline.imports.internal.source.SourceSite;

/**
 * The first pass over a WXR file: what the site is (title, address, time zone, permalink structure), every term and
 * author by the names items use for them, and whether all attachments come before the posts (then one more pass
 * emits everything; else media and posts take a pass each). Holds nothing per post, so its memory grows with the
 * number of terms and authors only.
 */
final class WxrSurvey {

    /** A category or tag as items name it ({@code nicename}), with the id it is emitted under. */
    record Term(String sourceId, String parentNicename, String label) {
    }

    final Map<String, String> channel = new HashMap<>();
    final Map<String, Term> categories = new LinkedHashMap<>();
    final Map<String, Term> tags = new LinkedHashMap<>();
    /** Terms items use that no {@code wp:category}/{@code wp:tag}/{@code wp:term} declares: domain → nicename → label. */
    final Map<String, Map<String, String>> undeclared = new LinkedHashMap<>();
    /** Slugs declared by {@code wp:category} and {@code wp:tag} (their {@code wp:term} twins are duplicates). */
    final Set<String> declaredCategories = new HashSet<>();
    final Set<String> declaredTags = new HashSet<>();
    final Set<String> authors = new HashSet<>();
    /** Logins in {@code dc:creator} without a {@code wp:author} (WXR 1.0). */
    final Set<String> undeclaredAuthors = new LinkedHashSet<>();
    private final SiteZone zone = new SiteZone();
    private final Permalinks permalinks = new Permalinks();
    private long items;
    private long lastAttachment = -1;
    private long firstOther = Long.MAX_VALUE;
    private ZoneId siteZone = ZoneOffset.UTC;

    static WxrSurvey of(Path file) {
        var survey = new WxrSurvey();
        WxrFile.walk(file, survey::element);
        survey.siteZone = survey.zone.zone();
        survey.undeclaredAuthors.removeAll(survey.authors);
        survey.undeclared.forEach((domain, terms) -> terms.keySet().removeAll(
                (domain.equals("category") ? survey.categories : survey.tags).keySet()));
        return survey;
    }

    private void element(String name, XmlExport xml) {
        switch (name) {
            case "wp:author" -> authors.add(WxrFile.fields(xml).getOrDefault("wp:author_login", ""));
            case "wp:category" -> declaredCategories.add(
                    category(WxrFile.fields(xml), "wp:category_nicename", "wp:category_parent", "wp:cat_name"));
            case "wp:tag" -> declaredTags.add(tag(WxrFile.fields(xml), "wp:tag_slug", "wp:tag_name"));
            case "wp:term" -> {
                var fields = WxrFile.fields(xml);
                switch (fields.getOrDefault("wp:term_taxonomy", "")) {
                    case "category" -> category(fields, "wp:term_slug", "wp:term_parent", "wp:term_name");
                    case "post_tag" -> tag(fields, "wp:term_slug", "wp:term_name");
                    default -> { }
                }
            }
            case "item" -> item(WxrItem.read(xml));
            default -> {
                if (!name.equals("image") && !name.startsWith("atom:")) {
                    channel.putIfAbsent(name, xml.text(WxrItem.MAX_FIELD).strip());
                }
            }
        }
    }

    private String category(Map<String, String> fields, String slug, String parent, String label) {
        String nicename = fields.getOrDefault(slug, "").toLowerCase(Locale.ROOT);
        if (!nicename.isEmpty()) {
            categories.putIfAbsent(nicename, new Term(termId(fields, "category", nicename),
                    fields.getOrDefault(parent, "").toLowerCase(Locale.ROOT), fields.getOrDefault(label, "")));
        }
        return nicename;
    }

    private String tag(Map<String, String> fields, String slug, String label) {
        String nicename = fields.getOrDefault(slug, "").toLowerCase(Locale.ROOT);
        if (!nicename.isEmpty()) {
            tags.putIfAbsent(nicename, new Term(termId(fields, "tag", nicename), "", fields.getOrDefault(label, "")));
        }
        return nicename;
    }

    static String termId(Map<String, String> fields, String kind, String nicename) {
        String id = fields.getOrDefault("wp:term_id", "");
        return id.isEmpty() ? kind + ":" + nicename : id;
    }

    private void item(WxrItem item) {
        long index = items++;
        if (item.unreadable != null) {
            return;
        }
        if (item.attachment()) {
            lastAttachment = index;
        } else {
            firstOther = Math.min(firstOther, index);
        }
        zone.observe(item.field("wp:post_date"), item.field("wp:post_date_gmt"));
        String creator = item.field("dc:creator");
        if (!creator.isEmpty()) {
            undeclaredAuthors.add(creator);
        }
        for (var ref : item.terms) {
            String domain = ref.domain();
            if ((domain.equals("category") || domain.equals("post_tag")) && !ref.nicename().isEmpty()) {
                undeclared.computeIfAbsent(domain, d -> new LinkedHashMap<>())
                        .putIfAbsent(ref.nicename().toLowerCase(Locale.ROOT), ref.label());
            }
        }
        if (item.type().equals("post") && item.status().equals("publish")) {
            permalinks.observe(item, baseUrl(blogUrl()));
        }
    }

    /** True when every attachment comes before the first other item: posts can follow in the media's pass. */
    boolean mediaFirst() {
        return lastAttachment < firstOther;
    }

    ZoneId zone() {
        return siteZone;
    }

    String categoryId(String nicename) {
        var term = categories.get(nicename.toLowerCase(Locale.ROOT));
        return term != null ? term.sourceId() : "category:" + nicename.toLowerCase(Locale.ROOT);
    }

    String tagId(String nicename) {
        var term = tags.get(nicename.toLowerCase(Locale.ROOT));
        return term != null ? term.sourceId() : "tag:" + nicename.toLowerCase(Locale.ROOT);
    }

    /** {@code business/markets}: the category's nicename after its parents' (at most 20 levels, cycles cut). */
    String categoryPath(String nicename) {
        String path = nicename;
        String parent = nicename;
        for (int i = 0; i < 20; i++) {
            var term = categories.get(parent);
            if (term == null || term.parentNicename().isEmpty() || term.parentNicename().equals(nicename)) {
                break;
            }
            parent = term.parentNicename();
            path = parent + "/" + path;
        }
        return path;
    }

    /** {@code wp:base_site_url} (where media live), without a trailing slash. */
    String baseUrl() {
        return baseUrl(channel.getOrDefault("wp:base_site_url", channel.getOrDefault("link", "")));
    }

    private String blogUrl() {
        return channel.getOrDefault("wp:base_blog_url", channel.getOrDefault("link", baseUrl()));
    }

    static String baseUrl(String url) {
        String value = url.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }

    SourceSite site() {
        String version = channel.getOrDefault("wp:wxr_version", "");
        return new SourceSite(baseUrl(), "wordpress", version, channel.getOrDefault("title", ""), baseUrl(),
                siteZone, permalinks.structure(), channel.getOrDefault("language", ""));
    }
}
