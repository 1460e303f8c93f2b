package news.dateline.imports.internal.wordpress;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceTerm;
import news.dateline.platform.Slug;

/**
 * The people and terms a WXR file declares before its items, as source items. Authors keep no e-mail address.
 * Each category and tag is emitted once, though WordPress writes it twice (as {@code wp:category}/{@code wp:tag}
 * and again as {@code wp:term}); terms of other taxonomies (menus, post formats, custom ones) are reported skipped.
 */
final class WxrHeader {

    private final WxrSurvey survey;
    private final Consumer<SourceItem> out;

    WxrHeader(WxrSurvey survey, Consumer<SourceItem> out) {
        this.survey = survey;
        this.out = out;
    }

    void author(Map<String, String> fields) {
        String login = fields.getOrDefault("wp:author_login", "");
        if (login.isEmpty()) {
            out.accept(new SourceSkipped("", "author", "An author without a login was not imported."));
            return;
        }
        String name = fields.getOrDefault("wp:author_display_name", "");
        if (name.isBlank()) {
            name = (fields.getOrDefault("wp:author_first_name", "") + " "
                    + fields.getOrDefault("wp:author_last_name", "")).strip();
        }
        person(login, name.isBlank() ? login : name, fields.getOrDefault("wp:author_nicename", ""),
                fields.getOrDefault("wp:author_description", ""), fields.getOrDefault("wp:author_url", ""));
    }

    /** A {@code dc:creator} login no {@code wp:author} declares (WXR 1.0): known by its login only. */
    void creator(String login) {
        person(login, login, "", "", "");
    }

    /**
     * The slug is the user's nicename when the file has it (WXR does not, by default), else one derived from the
     * display name ("Zoë Ångström" → {@code zoe-angstrom}). The old address is {@code /author/<nicename>/}, and
     * without a nicename WordPress's default one: the login sanitized as WordPress does ({@link Nicename}).
     */
    private void person(String login, String name, String nicename, String bio, String website) {
        String fromLogin = Nicename.of(login);
        String slug = !nicename.isEmpty() ? WxrText.decoded(nicename)
                : Slug.derive(name).map(Slug::value)
                        .orElse(Slug.derive(fromLogin).map(Slug::value).orElse(""));
        String address = !nicename.isEmpty() ? nicename : fromLogin;
        out.accept(new SourcePerson(login, slug, name.strip(), WxrText.plain(bio), "", website,
                address.isEmpty() ? "" : "/author/" + address + "/"));
    }

    void category(Map<String, String> fields, String slugField, String parentField, String nameField,
                  String descriptionField) {
        String nicename = fields.getOrDefault(slugField, "").toLowerCase(Locale.ROOT);
        if (nicename.isEmpty()) {
            out.accept(new SourceSkipped(fields.getOrDefault("wp:term_id", ""), "category",
                    "A category without a slug was not imported."));
            return;
        }
        String parent = fields.getOrDefault(parentField, "").toLowerCase(Locale.ROOT);
        out.accept(new SourceTerm(survey.categoryId(nicename), SourceTerm.Kind.CATEGORY, WxrText.decoded(nicename),
                fields.getOrDefault(nameField, nicename), WxrText.plain(fields.getOrDefault(descriptionField, "")),
                parent.isEmpty() || parent.equals(nicename) ? "" : survey.categoryId(parent), false,
                "/category/" + survey.categoryPath(nicename) + "/"));
    }

    void tag(Map<String, String> fields, String slugField, String nameField, String descriptionField) {
        String nicename = fields.getOrDefault(slugField, "").toLowerCase(Locale.ROOT);
        if (nicename.isEmpty()) {
            out.accept(new SourceSkipped(fields.getOrDefault("wp:term_id", ""), "tag",
                    "A tag without a slug was not imported."));
            return;
        }
        out.accept(new SourceTerm(survey.tagId(nicename), SourceTerm.Kind.TAG, WxrText.decoded(nicename),
                fields.getOrDefault(nameField, nicename), WxrText.plain(fields.getOrDefault(descriptionField, "")),
                "", false, "/tag/" + nicename + "/"));
    }

    /**
     * A {@code wp:term}: a category or tag not declared otherwise (else it is the duplicate WordPress writes and is
     * left out), or a term of another taxonomy, reported.
     */
    void term(Map<String, String> fields, boolean declaredElsewhere) {
        String taxonomy = fields.getOrDefault("wp:term_taxonomy", "");
        switch (taxonomy) {
            case "category" -> {
                if (!declaredElsewhere) {
                    category(fields, "wp:term_slug", "wp:term_parent", "wp:term_name", "wp:term_description");
                }
            }
            case "post_tag" -> {
                if (!declaredElsewhere) {
                    tag(fields, "wp:term_slug", "wp:term_name", "wp:term_description");
                }
            }
            default -> out.accept(new SourceSkipped(fields.getOrDefault("wp:term_id", ""), "term",
                    "The " + taxonomy + " term \"" + fields.getOrDefault("wp:term_name", "") + "\" was not imported."));
        }
    }
}
