import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark export (run by {@code bench/import.sh}): a WordPress WXR of N posts made from a real one by repeating its
 * posts, each copy with fresh post and comment ids, its slug, link and title suffixed with the copy's number, and the
 * same featured images (attachments, pages, authors and terms are written once, so the media archive fits as it is).
 * The last published, unprotected post's title also carries a marker word to look for in search.
 * Prints {@code last <old path> <marker>} for the script. Deterministic: same input, same bytes.
 * Usage: java bench/MakeWxr.java SOURCE.xml POSTS OUT.xml
 */
public class MakeWxr {

    static final long OFFSET = 100_000;
    static final String MARKER = "zqlastimported";

    public static void main(String[] args) throws Exception {
        String source = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        int wanted = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        int first = source.indexOf("<item>");
        int end = source.lastIndexOf("</item>") + "</item>".length();
        String header = source.substring(0, first);
        String footer = source.substring(end);
        List<String> posts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Matcher item = Pattern.compile("(?s)<item>.*?</item>").matcher(source);
        while (item.find()) {
            String text = item.group();
            (field(text, "wp:post_type").equals("post") ? posts : others).add(text);
        }
        if (posts.isEmpty()) {
            throw new IllegalArgumentException("No posts in " + args[0]);
        }
        int last = -1;
        for (int i = 0; i < wanted; i++) {
            String post = posts.get(i % posts.size());
            if (field(post, "wp:status").equals("publish") && field(post, "wp:post_password").isEmpty()) {
                last = i;
            }
        }
        String lastPath = "";
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(header);
            for (String other : others) {
                w.write(other);
                w.write("\n\t\t");
            }
            for (int i = 0; i < wanted; i++) {
                String post = copy(posts.get(i % posts.size()), i / posts.size(), i == last);
                if (i == last) {
                    lastPath = post.replaceAll("(?s).*<link>https?://[^/<]+([^<]*)</link>.*", "$1");
                }
                w.write(post);
                w.write("\n\t\t");
            }
            w.write(footer);
        }
        System.out.println("posts " + wanted + " (" + posts.size() + " originals, " + others.size()
                + " attachments, pages and other items once), " + Files.size(out) + " bytes");
        System.out.println("last " + lastPath + " " + MARKER);
    }

    /** Copy {@code k} of a post: copy 0 is the post as it is. */
    static String copy(String post, int k, boolean marked) {
        String text = post;
        if (k > 0) {
            long id = Long.parseLong(field(text, "wp:post_id"));
            long fresh = id + k * OFFSET;
            String slug = field(text, "wp:post_name");
            text = text.replace("<wp:post_id>" + id + "</wp:post_id>", "<wp:post_id>" + fresh + "</wp:post_id>");
            text = text.replace("?p=" + id + "<", "?p=" + fresh + "<");
            if (!slug.isEmpty()) {
                text = text.replace("<wp:post_name><![CDATA[" + slug + "]]></wp:post_name>",
                        "<wp:post_name><![CDATA[" + slug + "-" + k + "]]></wp:post_name>");
                text = text.replaceFirst("(<link>[^<]*/)" + Pattern.quote(slug) + "/</link>",
                        "$1" + Matcher.quoteReplacement(slug + "-" + k) + "/</link>");
            }
            text = renumber(text, "wp:comment_id", k);
            text = renumber(text, "wp:comment_parent", k);
            text = text.replaceFirst("<title><!\\[CDATA\\[(.*?)]]></title>", "<title><![CDATA[$1 (" + k + ")]]></title>");
        }
        if (marked) {
            text = text.replaceFirst("<title><!\\[CDATA\\[(.*?)]]></title>", "<title><![CDATA[$1 " + MARKER + "]]></title>");
        }
        return text;
    }

    static String renumber(String text, String tag, int k) {
        Matcher m = Pattern.compile("<" + tag + ">([0-9]+)</" + tag + ">").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            m.appendReplacement(out, "<" + tag + ">" + (id == 0 ? 0 : id + k * OFFSET) + "</" + tag + ">");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A field's text, CDATA or not; blank when absent. */
    static String field(String item, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + tag + ">", Pattern.DOTALL).matcher(item);
        return m.find() ? m.group(1) : "";
    }
}
