package news.dateline.imports.internal.body;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/** The HTML a WordPress shortcode stands for, in the forms {@link MarkdownWriter} writes. */
final class ShortcodeHtml {

    private static final Pattern PICTURE = Pattern.compile(
            "(?is)^\\s*(<a\\b[^>]{0,2000}>\\s*<img\\b[^>]{0,4000}>\\s*</a>|<img\\b[^>]{0,4000}>)(.*)$");
    private static final String[] MEDIA_ATTRIBUTES = {"src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mp3", "m4a",
        "ogg", "wav", "wma"};

    private ShortcodeHtml() {
    }

    static String replace(String name, Map<String, String> attributes, String inner, Conversion conversion) {
        return switch (name) {
            case "caption", "wp_caption" -> caption(attributes, inner);
            case "gallery" -> gallery(attributes, conversion);
            case "embed" -> embed(inner.isBlank() ? attributes.getOrDefault("src", "") : inner, conversion);
            case "video", "audio" -> media(name, attributes, inner, conversion);
            default -> {
                conversion.note("unknown shortcode [" + name + "] dropped");
                yield inner;
            }
        };
    }

    /** {@code [caption]<img> Text[/caption]}: a figure of the picture with the text as its caption. */
    private static String caption(Map<String, String> attributes, String inner) {
        Matcher m = PICTURE.matcher(inner);
        if (!m.matches()) {
            return inner;
        }
        String text = attributes.containsKey("caption") ? escape(attributes.get("caption")) : m.group(2).strip();
        return "\n\n<figure class=\"wp-caption\">" + m.group(1) + "<figcaption>" + text + "</figcaption></figure>\n\n";
    }

    /** {@code [gallery ids="1,2,3"]}: the attachments, asked for as {@code wp-attachment:<id>}. */
    private static String gallery(Map<String, String> attributes, Conversion conversion) {
        String ids = attributes.getOrDefault("ids", attributes.getOrDefault("include", "")).strip();
        StringBuilder out = new StringBuilder("\n\n<" + MarkdownWriter.GALLERY + ">");
        int count = 0;
        for (String id : ids.split("\\s*,\\s*")) {
            if (id.matches("\\d{1,19}") && count++ < 500) {
                out.append("<img src=\"wp-attachment:").append(id).append("\" alt=\"\">");
            }
        }
        if (count == 0) {
            conversion.note("[gallery] without ids dropped (it showed the post's attached pictures)");
            return "";
        }
        return out.append("</").append(MarkdownWriter.GALLERY).append(">\n\n").toString();
    }

    /** {@code [embed]URL[/embed]}: the embed when Dateline knows the site, else a link. */
    static String embed(String content, Conversion conversion) {
        String url = Shortcodes.firstUrl(content.replaceAll("<[^>]{0,2000}>", " "));
        if (url.isEmpty()) {
            conversion.note("[embed] without an address dropped");
            return "";
        }
        Optional<String> embed = Embeds.of(url);
        if (embed.isPresent()) {
            return "\n\n<" + MarkdownWriter.EMBED + " url=\"" + escape(embed.get()) + "\"></" + MarkdownWriter.EMBED
                    + ">\n\n";
        }
        conversion.note("embed from " + Embeds.host(url) + " kept as a link");
        return link(url);
    }

    /** {@code [video src]}, {@code [audio mp3]}: a link to the file, noted (Dateline has no player for it). */
    private static String media(String name, Map<String, String> attributes, String inner, Conversion conversion) {
        String src = "";
        for (String attribute : MEDIA_ATTRIBUTES) {
            if (!attributes.getOrDefault(attribute, "").isBlank()) {
                src = attributes.get(attribute).strip();
                break;
            }
        }
        if (src.isEmpty()) {
            src = Shortcodes.firstUrl(inner);
        }
        if (src.isEmpty()) {
            conversion.note("[" + name + "] without an address dropped");
            return "";
        }
        if (Embeds.of(src).isPresent()) {
            return embed(src, conversion);
        }
        conversion.note("[" + name + "] kept as a link to " + src);
        return link(src);
    }

    private static String link(String url) {
        return "\n\n<p><a href=\"" + escape(url) + "\">" + escape(url) + "</a></p>\n\n";
    }

    private static String escape(String text) {
        return Entities.escape(Parser.unescapeEntities(text, true)).replace("\"", "&quot;");
    }
}
