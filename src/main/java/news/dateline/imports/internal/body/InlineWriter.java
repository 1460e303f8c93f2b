package news.dateline.imports.internal.body;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the inline content of a paragraph, heading or table cell as CommonMark: text escaped, bold, italic, code,
 * links (through {@link BodyLinks#link}), pictures, hard line breaks (none in a table cell).
 */
final class InlineWriter {

    static final int MAX_DEPTH = 40;
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "button",
            "input", "select", "textarea", "canvas", "head", "title", "meta", "link");
    private static final String OPENING_PUNCTUATION = "\"'“‘«„(¿¡";
    private static final String CLOSING_PUNCTUATION = ".,:;!?)\"'”’»“‘";
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern EDGE_BREAKS = Pattern.compile("^(?:\\\\\n| )+|(?:\\\\\n| )+$");

    private final Conversion conversion;
    private final boolean singleLine;

    InlineWriter(Conversion conversion, boolean singleLine) {
        this.conversion = conversion;
        this.singleLine = singleLine;
    }

    /** The nodes' inline Markdown, white space collapsed and trimmed. */
    String write(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            node(node, out, 0, "");
        }
        String text = SPACES.matcher(out).replaceAll(" ").replace(" \\\n", "\\\n").replace("\\\n ", "\\\n");
        return EDGE_BREAKS.matcher(text).replaceAll("");
    }

    private void node(Node node, StringBuilder out, int depth, String marks) {
        if (node instanceof TextNode text) {
            out.append(MarkdownText.inline(text.getWholeText().replaceAll("[\\s&&[^\\u00A0]]+", " ")));
            return;
        }
        if (!(node instanceof Element el)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            out.append(MarkdownText.inline(el.text()));
            return;
        }
        String tag = el.normalName();
        switch (tag) {
            case "br" -> out.append(singleLine ? " " : "\\\n");
            case "strong", "b" -> emphasis(el, out, depth, marks, "**");
            case "em", "i", "cite", "dfn", "var" -> emphasis(el, out, depth, marks, "*");
            case "code", "kbd", "samp", "tt" -> code(el.wholeText(), out);
            case "a" -> link(el, out, depth, marks);
            case "img" -> out.append(Pictures.of(el, conversion).markdown());
            case "q" -> {
                out.append('“');
                children(el, out, depth, marks);
                out.append('”');
            }
            case "iframe", "object", "embed", "video", "audio" -> conversion.note(tag + " from "
                    + Embeds.host(el.hasAttr("src") ? el.attr("src") : el.attr("data")) + " dropped");
            default -> {
                if (DROPPED.contains(tag)) {
                    if (tag.equals("script")) {
                        conversion.note("script dropped");
                    }
                    return;
                }
                boolean block = el.isBlock();
                if (block) {
                    out.append(' ');
                }
                children(el, out, depth, marks);
                if (block) {
                    out.append(' ');
                }
            }
        }
    }

    private void children(Element el, StringBuilder out, int depth, String marks) {
        for (Node child : el.childNodes()) {
            node(child, out, depth + 1, marks);
        }
    }

    private void emphasis(Element el, StringBuilder out, int depth, String marks, String mark) {
        if (marks.contains("|" + mark + "|")) {
            children(el, out, depth, marks);
            return;
        }
        StringBuilder inner = new StringBuilder();
        children(el, inner, depth, marks + "|" + mark + "|");
        String text = inner.toString();
        String core = text.strip();
        if (core.isEmpty()) {
            out.append(text.isEmpty() ? "" : " ");
            return;
        }
        // CommonMark only closes "**" before a letter when no punctuation precedes it ("**Note:**text" stays
        // literal), so punctuation at such an edge moves outside the emphasis.
        int lead = text.indexOf(core);
        String before = "";
        String after = "";
        if (lead == 0 && !out.isEmpty() && Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
            int cut = 0;
            while (cut < core.length() && OPENING_PUNCTUATION.indexOf(core.charAt(cut)) >= 0) {
                cut++;
            }
            before = core.substring(0, cut);
            core = core.substring(cut);
        }
        if (lead + text.strip().length() == text.length() && wordFollows(el)) {
            int cut = core.length();
            while (cut > 0 && CLOSING_PUNCTUATION.indexOf(core.charAt(cut - 1)) >= 0
                    && (cut < 2 || core.charAt(cut - 2) != '\\')) {
                cut--;
            }
            after = core.substring(cut);
            core = core.substring(0, cut);
        }
        out.append(text, 0, lead).append(before);
        if (!core.isEmpty()) {
            out.append(mark).append(core).append(mark);
        }
        out.append(after).append(text.substring(lead + text.strip().length()));
    }

    private static boolean wordFollows(Element el) {
        Node next = el.nextSibling();
        String following = next instanceof TextNode t ? t.getWholeText() : next instanceof Element e ? e.text() : "";
        return !following.isEmpty() && Character.isLetterOrDigit(following.charAt(0));
    }

    private static void wrap(String inner, String open, String close, StringBuilder out) {
        if (inner.isBlank()) {
            out.append(inner.isEmpty() ? "" : " ");
            return;
        }
        String core = inner.strip();
        int lead = inner.indexOf(core);
        out.append(inner, 0, lead).append(open).append(core).append(close.isEmpty() ? open : close)
                .append(inner.substring(lead + core.length()));
    }

    private void code(String code, StringBuilder out) {
        String flat = code.replaceAll("[\\r\\n]+", " ");
        if (flat.isBlank()) {
            return;
        }
        String span = MarkdownText.codeSpan(flat);
        out.append(singleLine ? span.replace("|", "\\|") : span);
    }

    private void link(Element a, StringBuilder out, int depth, String marks) {
        StringBuilder inner = new StringBuilder();
        children(a, inner, depth, marks + "|a|");
        String href = a.attr("href").strip();
        if (href.isEmpty() || marks.contains("|a|")) {
            out.append(inner);
            return;
        }
        if (!safe(href)) {
            conversion.note("unsafe link " + scheme(href) + ": dropped, its text kept");
            out.append(inner);
            return;
        }
        String dest = MarkdownText.destination(conversion.links().link(href));
        String text = inner.toString();
        if (text.isBlank()) {
            return;
        }
        wrap(text, "[", "](" + dest + ")", out);
    }

    /** Whether a link's scheme may reach a reader (http, https, mailto, tel, ftp, or none: a relative address). */
    static boolean safe(String href) {
        String scheme = scheme(href);
        return scheme.isEmpty() || SAFE_SCHEMES.contains(scheme);
    }

    private static String scheme(String href) {
        String cleaned = href.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int colon = cleaned.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        String head = cleaned.substring(0, colon);
        return head.matches("[a-z][a-z0-9+.-]*") ? head : "";
    }
}
