package news.dateline.imports.internal.body;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress shortcodes in a post's text: {@code [caption]} becomes a figure, {@code [gallery ids]} a gallery,
 * {@code [embed]} an embed, {@code [video]}/{@code [audio]} a link; any other shortcode is removed with a note, never
 * left as raw text. Bracketed words that are no shortcode ("[transcript to follow]", "[sic]") stay text.
 */
final class Shortcodes {

    private static final int MAX_TAG = 4000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([\\w-]+)\\s*=\\s*\"([^\"]*)\"|([\\w-]+)\\s*=\\s*'([^']*)'|([\\w-]+)\\s*=\\s*([^\\s'\"]+)");
    private static final Set<String> ENCLOSING = Set.of("caption", "wp_caption", "embed", "video", "audio");
    private static final Set<String> EDITORIAL = Set.of("sic", "ed", "sp", "laughs", "laughter", "applause",
            "inaudible", "crosstalk", "redacted", "pause", "unclear");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"\\]]+");

    private Shortcodes() {
    }

    static String expand(String text, Conversion conversion) {
        StringBuilder out = new StringBuilder(text.length());
        Closings closings = new Closings();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('[', i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            Tag tag = Tag.read(text, open);
            if (tag == null) {
                out.append('[');
                i = open + 1;
                continue;
            }
            if (tag.escaped()) {
                out.append(text, open + 1, tag.end() - 1);
                i = tag.end();
                continue;
            }
            if (tag.closing()) {
                i = tag.end();
                continue;
            }
            String inner = "";
            int end = tag.end();
            if (ENCLOSING.contains(tag.name()) && !tag.selfClosing()) {
                int close = closings.next(text, tag.name(), end);
                if (close >= 0) {
                    inner = text.substring(end, close);
                    end = close + tag.name().length() + 3;
                }
            }
            out.append(ShortcodeHtml.replace(tag.name(), tag.attributes(), inner, conversion));
            i = end;
        }
        return out.toString();
    }

    /** Where each enclosing shortcode's next closing tag is; remembered, so a body is searched once per name. */
    private static final class Closings {
        private final Map<String, int[]> found = new LinkedHashMap<>();

        int next(String text, String name, int from) {
            int[] last = found.get(name);
            if (last != null && (last[0] < 0 || last[0] >= from)) {
                return last[0];
            }
            Matcher m = Pattern.compile(Pattern.quote("[/" + name + "]"), Pattern.CASE_INSENSITIVE).matcher(text);
            int at = m.find(from) ? m.start() : -1;
            found.put(name, new int[] {at});
            return at;
        }
    }

    static String firstUrl(String text) {
        Matcher m = URL.matcher(text);
        return m.find() ? m.group() : "";
    }

    /** One shortcode tag as written: {@code [name attrs]}, {@code [name/]}, {@code [/name]} or {@code [[name]]}. */
    private record Tag(String name, Map<String, String> attributes, boolean closing, boolean selfClosing,
                       boolean escaped, int end) {

        static Tag read(String text, int open) {
            boolean escaped = open + 1 < text.length() && text.charAt(open + 1) == '[';
            int at = open + (escaped ? 2 : 1);
            boolean closing = at < text.length() && text.charAt(at) == '/';
            if (closing) {
                at++;
            }
            Matcher name = NAME.matcher(text).region(at, Math.min(text.length(), at + 64));
            if (!name.lookingAt()) {
                return null;
            }
            int close = -1;
            for (int c = name.end(); c < Math.min(text.length(), open + MAX_TAG); c++) {
                char ch = text.charAt(c);
                if (ch == ']') {
                    close = c;
                    break;
                }
                if (ch == '[' || ch == '\n' && text.startsWith("\n\n", c)) {
                    return null;
                }
            }
            if (close < 0) {
                return null;
            }
            String rest = text.substring(name.end(), close);
            int end = close + 1;
            if (escaped) {
                if (end >= text.length() || text.charAt(end) != ']') {
                    return null;
                }
                end++;
            }
            String key = name.group().toLowerCase(Locale.ROOT);
            boolean selfClosing = rest.strip().endsWith("/");
            String attrs = selfClosing ? rest.strip().substring(0, rest.strip().length() - 1) : rest;
            if (!attrs.isEmpty() && !Character.isWhitespace(attrs.charAt(0)) || closing && !attrs.isBlank()) {
                return null;
            }
            boolean known = ENCLOSING.contains(key) || key.equals("gallery") || key.equals("playlist");
            boolean bare = attrs.isBlank() && !EDITORIAL.contains(key) && name.group().equals(key);
            if (!known && !bare && !attrs.contains("=")) {
                return null;
            }
            return new Tag(key, attributes(attrs), closing, selfClosing, escaped, end);
        }

        private static Map<String, String> attributes(String text) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher m = ATTRIBUTE.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= 5; g += 2) {
                    if (m.group(g) != null) {
                        attributes.putIfAbsent(m.group(g).toLowerCase(Locale.ROOT), m.group(g + 1));
                    }
                }
            }
            return attributes;
        }
    }
}
