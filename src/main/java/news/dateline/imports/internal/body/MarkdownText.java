package news.dateline.imports.internal.body;

import java.util.regex.Pattern;

/** Escaping of text for CommonMark, so a literal {@code *}, {@code [} or {@code #} stays what the source showed. */
final class MarkdownText {

    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+=~-])");

    private MarkdownText() {
    }

    /** Inline text: backslash before every character CommonMark would read as markup. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '`', '[', ']', '<', '|' -> out.append('\\').append(c);
                case '_' -> out.append(inWord(text, i) ? "_" : "\\_");
                case '!' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '[' ? "\\!" : "!");
                default -> out.append(c);
            }
        }
        return ENTITY.matcher(out).replaceAll("\\\\&");
    }

    /** Whether the character at {@code i} sits between two letters or digits (an underscore there never emphasizes). */
    private static boolean inWord(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * A block's rendered inline Markdown made safe at the start of each line: a leading {@code #}, {@code >},
     * {@code -}, {@code +}, {@code =}, {@code ~} or {@code 1.} would otherwise start a heading, quote or list.
     */
    static String lineStarts(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 4);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            var ordered = ORDERED_MARKER.matcher(line);
            if (ordered.find()) {
                line = ordered.group(1) + "\\" + ordered.group(2) + line.substring(ordered.end());
            } else if (BLOCK_START.matcher(line).find()) {
                line = "\\" + line;
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A link or image destination: spaces and brackets percent-encoded, parentheses escaped. */
    static String destination(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.strip().toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '\n', '\r', '\t' -> { }
                case '(', ')', '\\' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A URL written bare on its own line (an embed): left as typed, except the few characters that would read as
     * markup, which are percent-encoded (an underscore only where it could start or end emphasis).
     */
    static String bareUrl(String url) {
        StringBuilder out = new StringBuilder(url.length());
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            switch (c) {
                case '*', '<', '>', '[', ']', '`', '\\', ' ', '|' -> out.append('%')
                        .append(String.format("%02X", (int) c));
                case '_' -> out.append(inWord(u, i) ? "_" : "%5F");
                default -> out.append(c);
            }
        }
        return ENTITY.matcher(out).replaceAll("%26");
    }

    /** A code span around {@code code}, with a fence longer than any backtick run inside it. */
    static String codeSpan(String code) {
        String fence = "`".repeat(longestRun(code, '`') + 1);
        String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
        return fence + pad + code + pad + fence;
    }

    static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
