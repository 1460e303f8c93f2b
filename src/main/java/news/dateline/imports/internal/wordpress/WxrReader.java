package news.dateline.imports.internal.wordpress;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import news.dateline.imports.internal.feed.XmlExport;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourceReader;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceTerm;
import org.springframework.stereotype.Component;

/**
 * Reads a WordPress WXR export (1.0, 1.1, 1.2) with StAX, item by item. A first pass surveys the site (its time zone
 * and permalinks come from the items), a second emits the site, authors, terms and attachments, and posts and pages
 * too when every attachment comes before them (as WordPress writes them); otherwise a third pass emits the posts, so
 * that a post always follows the pictures it uses.
 */
@Component
public class WxrReader implements SourceReader {

    @Override
    public String platform() {
        return "wordpress";
    }

    @Override
    public void read(Path export, Consumer<SourceItem> out) {
        var survey = WxrSurvey.of(export);
        out.accept(survey.site());
        var header = new WxrHeader(survey, out);
        var posts = new WxrPosts(survey, out);
        boolean postsNow = survey.mediaFirst();
        boolean[] undeclaredDone = {false};
        WxrFile.walk(export, (name, xml) -> {
            if (name.equals("item")) {
                if (!undeclaredDone[0]) {
                    undeclared(survey, header, out);
                    undeclaredDone[0] = true;
                }
                var item = WxrItem.read(xml);
                if (item.attachment() && item.unreadable == null) {
                    out.accept(WxrMedia.of(item, survey.baseUrl()));
                } else if (postsNow) {
                    posts.item(item);
                }
            } else {
                header(name, xml, survey, header, out);
            }
        });
        if (!undeclaredDone[0]) {
            undeclared(survey, header, out);
        }
        if (!postsNow) {
            WxrFile.walk(export, (name, xml) -> {
                if (name.equals("item")) {
                    posts.item(WxrItem.read(xml));
                }
            });
        }
    }

    private static void header(String name, XmlExport xml, WxrSurvey survey, WxrHeader header,
                               Consumer<SourceItem> out) {
        try {
            switch (name) {
                case "wp:author" -> header.author(WxrFile.fields(xml));
                case "wp:category" -> header.category(WxrFile.fields(xml), "wp:category_nicename",
                        "wp:category_parent", "wp:cat_name", "wp:category_description");
                case "wp:tag" -> header.tag(WxrFile.fields(xml), "wp:tag_slug", "wp:tag_name", "wp:tag_description");
                case "wp:term" -> {
                    Map<String, String> fields = WxrFile.fields(xml);
                    String slug = fields.getOrDefault("wp:term_slug", "").toLowerCase(Locale.ROOT);
                    String taxonomy = fields.getOrDefault("wp:term_taxonomy", "");
                    header.term(fields, taxonomy.equals("category") ? survey.declaredCategories.contains(slug)
                            : survey.declaredTags.contains(slug));
                }
                default -> { }
            }
        } catch (XmlExport.TooLarge e) {
            out.accept(new SourceSkipped("", name.replace("wp:", ""), "A " + name.replace("wp:", "")
                    + " was not imported: " + e.getMessage() + "."));
        }
    }

    /** Authors and terms items use that the file does not declare (WXR 1.0, hand-made files). */
    private static void undeclared(WxrSurvey survey, WxrHeader header, Consumer<SourceItem> out) {
        survey.undeclaredAuthors.forEach(header::creator);
        survey.undeclared.forEach((domain, terms) -> terms.forEach((nicename, label) -> {
            boolean category = domain.equals("category");
            out.accept(new SourceTerm(category ? survey.categoryId(nicename) : survey.tagId(nicename),
                    category ? SourceTerm.Kind.CATEGORY : SourceTerm.Kind.TAG, WxrText.decoded(nicename),
                    label.isEmpty() ? nicename : label, "", "", false,
                    (category ? "/category/" : "/tag/") + nicename + "/"));
        }));
    }
}
