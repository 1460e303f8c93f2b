package news.dateline.imports.internal.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/** Headings, lists (nested), quotes with their attribution, code blocks and definition lists. */
final class Containers {

    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s)(?:language|lang)-([A-Za-z0-9_+#.-]{1,30})");
    private static final Pattern SAFE_INNER_LIST = Pattern.compile("^(?:[-*] |1[.)] )");
    private static final Pattern DASHES = Pattern.compile("^[\\s—–-]+");

    private final MarkdownWriter writer;

    Containers(MarkdownWriter writer) {
        this.writer = writer;
    }

    /**
     * {@code ##} for h1 and h2 (a story's title is its only h1), {@code ###} for h3, {@code ####} below and for the
     * summary of a {@code <details>} (as for a Ghost toggle).
     */
    Optional<String> heading(Element h) {
        int level = h.normalName().equals("summary") ? 4 : Math.min(4, Math.max(2, h.normalName().charAt(1) - '0'));
        String text = writer.cells.write(h.childNodes());
        if (text.isBlank()) {
            return Optional.empty();
        }
        if (text.endsWith("#")) {
            text = text.substring(0, text.length() - 1) + "\\#";
        }
        return Optional.of("#".repeat(level) + " " + text);
    }

    Optional<String> list(Element list, int depth) {
        boolean ordered = list.normalName().equals("ol");
        int number = ordered ? start(list) : 0;
        List<List<String>> items = new ArrayList<>();
        for (Node child : list.childNodes()) {
            if (child instanceof Element el && el.normalName().equals("li")) {
                items.add(new ArrayList<>(writer.flow(el.childNodes(), depth)));
            } else if (child instanceof Element el && (el.normalName().equals("ul") || el.normalName().equals("ol"))
                    && !items.isEmpty()) {
                items.getLast().addAll(writer.flow(List.of(el), depth));
            } else if (child instanceof Element || (child instanceof TextNode t && !t.isBlank())) {
                items.add(new ArrayList<>(writer.flow(List.of(child), depth)));
            }
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (List<String> blocks : items) {
            String marker = ordered ? (number++) + ". " : "- ";
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(marker).append(indent(item(blocks), marker.length()));
        }
        return Optional.of(out.toString());
    }

    private static int start(Element ol) {
        try {
            return Math.max(0, Math.min(999_999_999, Integer.parseInt(ol.attr("start").strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** An item's blocks: a nested list right under its text keeps the list tight. */
    private static String item(List<String> blocks) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                out.append(SAFE_INNER_LIST.matcher(blocks.get(i)).find() && i == blocks.size() - 1 ? "\n" : "\n\n");
            }
            out.append(blocks.get(i));
        }
        return out.toString();
    }

    private static String indent(String text, int width) {
        String pad = " ".repeat(width);
        return text.replaceAll("\n(?!\n|$)", "\n" + pad);
    }

    /** A quote; a {@code <cite>} (or {@code <footer>}) directly in it, or the given caption, as a last line "— Name". */
    Optional<String> quote(Element quote, @Nullable Element attribution, int depth) {
        List<Node> body = new ArrayList<>();
        @Nullable Element by = attribution;
        for (Node child : quote.childNodes()) {
            if (child instanceof Element el && (el.normalName().equals("cite") || el.normalName().equals("footer"))) {
                by = el;
            } else {
                body.add(child);
            }
        }
        List<String> blocks = new ArrayList<>(writer.flow(body, depth));
        if (by != null) {
            String name = writer.cells.write(by.childNodes());
            Matcher dashes = DASHES.matcher(name);
            name = dashes.replaceFirst("");
            if (!name.isBlank()) {
                blocks.add("— " + name);
            }
        }
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String line : MarkdownWriter.join(blocks).split("\n", -1)) {
            out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return Optional.of(out.substring(0, out.length() - 1));
    }

    /** A fenced code block, with the language a {@code language-*} class names. */
    Optional<String> code(Element pre) {
        Element code = pre.selectFirst("code");
        String text = (code != null ? code : pre).wholeText().replaceAll("\\s+$", "").replaceAll("^\n+", "");
        if (text.isBlank()) {
            return Optional.empty();
        }
        Matcher lang = LANGUAGE.matcher((code != null ? code.className() + " " : "") + pre.className());
        String fence = "`".repeat(Math.max(3, MarkdownText.longestRun(text, '`') + 1));
        return Optional.of(fence + (lang.find() ? lang.group(1) : "") + "\n" + text + "\n" + fence);
    }

    /** A definition list: each term a bold paragraph, each definition its blocks. */
    List<String> definitions(Element dl, int depth) {
        List<String> out = new ArrayList<>();
        for (Element child : dl.children()) {
            if (child.normalName().equals("dt")) {
                String term = writer.cells.write(child.childNodes());
                if (!term.isBlank()) {
                    out.add(MarkdownText.lineStarts("**" + term + "**"));
                }
            } else {
                out.addAll(writer.flow(child.childNodes(), depth));
            }
        }
        return out;
    }
}
