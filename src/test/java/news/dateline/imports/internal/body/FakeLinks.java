package news.dateline.imports.internal.body;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine as the converter's tests see it: every picture resolves to {@code /media/k<n>/<name>} (one key per
 * address, in the order asked) except those whose address contains "missing"; links to a story of the old sites
 * ({@code http://127.0.0.1:8081/2026/10/08/x/}, {@code http://127.0.0.1:2368/x/}) lead to {@code /world/x}.
 */
final class FakeLinks implements BodyLinks {

    private static final Pattern OLD_STORY = Pattern.compile(
            "^http://127\\.0\\.0\\.1:(?:8081/\\d{4}/\\d{2}/\\d{2}|2368)/([^/?#]+)/$");

    final Map<String, String> images = new LinkedHashMap<>();

    @Override
    public Optional<String> image(String url) {
        if (url.contains("missing")) {
            return Optional.empty();
        }
        return Optional.of(images.computeIfAbsent(url, u -> "/media/k" + (images.size() + 1) + "/" + name(u)));
    }

    @Override
    public String link(String url) {
        Matcher m = OLD_STORY.matcher(url);
        return m.matches() ? "/world/" + m.group(1) : url;
    }

    private static String name(String url) {
        if (url.startsWith("wp-attachment:")) {
            return "attachment-" + url.substring("wp-attachment:".length()) + ".jpg";
        }
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
