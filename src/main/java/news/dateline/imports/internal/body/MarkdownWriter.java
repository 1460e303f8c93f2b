package news.dateline.imports.internal.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes a body's HTML as Dateline CommonMark, block by block: paragraphs (a picture always its own paragraph),
 * headings, lists, quotes, code, tables, figures, galleries, embeds and separators. Anything else is read through
 * for its text; what is dropped is noted.
 */
final class MarkdownWriter {

    static final String EMBED = "dateline-embed";
    static final String GALLERY = "dateline-gallery";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "center", "address", "hgroup", "details", "summary", "fieldset", "form", "body", "li",
            "dd", "dt", "dl", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre",
            "table", "figure", "hr", EMBED, GALLERY, "iframe", "object", "embed", "video", "audio", "script",
            "style", "noscript", "template", "svg", "canvas", "button", "input", "select", "textarea", "img",
            "picture", "menu");
    private static final String BLOCK_SELECTOR = "p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, pre, table, "
            + "figure, hr, section, article, iframe, " + EMBED + ", " + GALLERY;
    private static final Pattern BULLET = Pattern.compile("^[-*] ");
    private static final Pattern ORDERED = Pattern.compile("^\\d{1,9}[.)] ");

    final Conversion conversion;
    final InlineWriter inline;
    final InlineWriter cells;
    final Containers containers = new Containers(this);
    final TableWriter tables = new TableWriter(this);
    private final FigureWriter figures = new FigureWriter(this);

    MarkdownWriter(Conversion conversion) {
        this.conversion = conversion;
        this.inline = new InlineWriter(conversion, false);
        this.cells = new InlineWriter(conversion, true);
    }

    String write(Element body) {
        return join(flow(body.childNodes(), 0));
    }

    /** The blocks of a run of sibling nodes: inline runs become paragraphs, block elements their own blocks. */
    List<String> flow(List<Node> nodes, int depth) {
        List<String> out = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Element el && (isBlock(el) || FigureWriter.pictureOnly(el))) {
                paragraph(run, out);
                run.clear();
                if (depth > InlineWriter.MAX_DEPTH) {
                    paragraph(List.of(new TextNode(el.text())), out);
                } else {
                    block(el, out, depth + 1);
                }
            } else {
                run.add(node);
            }
        }
        paragraph(run, out);
        return out;
    }

    private static boolean isBlock(Element el) {
        return BLOCKS.contains(el.normalName()) || el.selectFirst(BLOCK_SELECTOR) != null;
    }

    private void paragraph(List<Node> run, List<String> out) {
        if (run.isEmpty()) {
            return;
        }
        String text = inline.write(run);
        if (!text.replace('\u00A0', ' ').replace("\\\n", " ").isBlank()) {
            out.add(MarkdownText.lineStarts(text));
        }
    }

    private void block(Element el, List<String> out, int depth) {
        String tag = el.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "summary" -> containers.heading(el).ifPresent(out::add);
            case "ul", "ol", "menu" -> containers.list(el, depth).ifPresent(out::add);
            case "blockquote" -> containers.quote(el, null, depth).ifPresent(out::add);
            case "pre" -> containers.code(el).ifPresent(out::add);
            case "table" -> out.addAll(tables.write(el, null));
            case "figure" -> out.addAll(figures.figure(el, depth));
            case "hr" -> out.add("---");
            case "dl" -> out.addAll(containers.definitions(el, depth));
            case EMBED -> out.add(MarkdownText.bareUrl(el.attr("url")));
            case GALLERY -> out.addAll(figures.gallery(el));
            case "img", "picture" -> out.addAll(figures.pictures(el));
            case "iframe" -> out.addAll(figures.player(el));
            case "object", "embed" -> conversion.note(tag + " from "
                    + Embeds.host(el.hasAttr("data") ? el.attr("data") : el.attr("src")) + " dropped");
            case "video", "audio" -> out.addAll(figures.media(el));
            case "script" -> conversion.note("script dropped");
            case "style", "noscript", "template", "svg", "canvas", "button", "input", "select", "textarea" -> { }
            case "form" -> {
                if (!el.text().isBlank()) {
                    conversion.note("form dropped (its text: " + abbreviate(el.text()) + ")");
                }
            }
            default -> {
                if (FigureWriter.isGallery(el)) {
                    out.addAll(figures.gallery(el));
                } else if (FigureWriter.pictureOnly(el)) {
                    out.addAll(figures.pictures(el));
                } else {
                    out.addAll(flow(el.childNodes(), depth));
                }
            }
        }
    }

    /** An italic paragraph of a caption, empty when there is none. */
    List<String> italic(Element caption) {
        if (caption == null) {
            return List.of();
        }
        String text = caption.selectFirst("em, i, strong, b") == null ? cells.write(caption.childNodes())
                : MarkdownText.inline(caption.text());
        return text.isBlank() ? List.of() : List.of(MarkdownText.lineStarts("*" + text.strip() + "*"));
    }

    /**
     * Blocks separated by blank lines. Two lists of the same kind in a row would merge into one, so the second
     * switches its marker ({@code -} to {@code *}, {@code 1.} to {@code 1)}).
     */
    static String join(List<String> blocks) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String block : blocks) {
            String current = block;
            if (kind(current) != 0 && kind(current) == kind(previous) && sameMarker(previous, current)) {
                current = switchMarkers(current);
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(current);
            previous = current;
        }
        return out.toString();
    }

    private static int kind(String block) {
        return BULLET.matcher(block).find() ? 1 : ORDERED.matcher(block).find() ? 2 : 0;
    }

    private static boolean sameMarker(String a, String b) {
        return kind(a) == 1 ? a.charAt(0) == b.charAt(0) : a.charAt(a.indexOf(' ') - 1) == b.charAt(b.indexOf(' ') - 1);
    }

    private static String switchMarkers(String list) {
        StringBuilder out = new StringBuilder();
        for (String line : list.split("\n", -1)) {
            Matcher bullet = BULLET.matcher(line);
            Matcher ordered = ORDERED.matcher(line);
            if (bullet.find()) {
                line = (line.charAt(0) == '-' ? "* " : "- ") + line.substring(2);
            } else if (ordered.find()) {
                int mark = ordered.end() - 2;
                line = line.substring(0, mark) + (line.charAt(mark) == '.' ? ')' : '.') + line.substring(mark + 1);
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
