package news.dateline.imports.internal.body;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WordPress post's content made plain HTML: shortcodes expanded, and for a classic-editor post (no block
 * comments) WordPress's own display rules: a URL alone on its line is an embed, text separated by a blank line is a
 * paragraph and a single line break inside one is a line break (wpautop).
 */
final class WordPressText {

    private static final Pattern URL_LINE = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]{1,2000})[ \\t]*$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern BLOCK_START = Pattern.compile("(?i)^</?(?:h[1-6]|p|div|ul|ol|li|dl|dt|dd|blockquote|"
            + "table|thead|tbody|tfoot|tr|td|th|caption|figure|figcaption|pre|hr|section|article|aside|header|footer|"
            + "nav|main|form|fieldset|address|iframe|script|style|noscript|object|embed|video|audio|math|details|"
            + "summary|center|" + MarkdownWriter.EMBED + "|" + MarkdownWriter.GALLERY + ")\\b");
    private static final Pattern DYNAMIC_BLOCK = Pattern.compile("<!-- wp:([a-z0-9/-]{1,80})\\b[^>]{0,4000}?/-->");
    private static final Pattern PRE = Pattern.compile("(?is)<pre\\b.*?</pre>");

    private WordPressText() {
    }

    static String toHtml(String content, Conversion conversion) {
        boolean blocks = content.contains("<!-- wp:");
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        text = Shortcodes.expand(text, conversion);
        if (blocks) {
            dynamicBlocks(text, conversion);
        }
        return blocks ? text : autop(embedLines(text, conversion));
    }

    /**
     * Blocks WordPress makes only when a page is shown (latest posts, a reusable block) are a bare comment in the
     * export: nothing of them can be carried over, so each is noted.
     */
    private static void dynamicBlocks(String text, Conversion conversion) {
        Matcher m = DYNAMIC_BLOCK.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            conversion.note(name.equals("block") ? "WordPress reusable block dropped (its content is not in the export)"
                    : "WordPress block " + name + " dropped (the site made it when a page was shown)");
        }
    }

    /** A URL alone on its line (WordPress's auto-embed): an embed when Dateline knows the site. */
    private static String embedLines(String text, Conversion conversion) {
        Matcher m = URL_LINE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<String> embed = Embeds.of(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(embed.isPresent()
                    ? ShortcodeHtml.embed(embed.get(), conversion) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** wpautop, simplified: paragraphs at blank lines, line breaks inside them; block elements left as they are. */
    static String autop(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher pre = PRE.matcher(text);
        int at = 0;
        while (pre.find()) {
            paragraphs(text.substring(at, pre.start()), out);
            out.append(pre.group()).append('\n');
            at = pre.end();
        }
        paragraphs(text.substring(at), out);
        return out.toString();
    }

    private static void paragraphs(String text, StringBuilder out) {
        for (String chunk : PARAGRAPH_BREAK.split(text)) {
            String part = chunk.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(part).find()) {
                out.append(part).append('\n');
            } else {
                out.append("<p>").append(part.replaceAll("[ \\t]*\\n[ \\t]*", "<br>\n")).append("</p>\n");
            }
        }
    }
}
