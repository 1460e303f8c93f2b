package news.dateline.demo.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** One demo story file: YAML front matter between {@code ---} lines, then the CommonMark body. */
record DemoStory(String section, String headline, String slug, String standfirst, List<String> bylines,
                 Instant published, @Nullable Instant updated, List<String> tags, String image, String imageCaption,
                 String imageAlt, String imageCredit, String imagePhotographer, String imageCopyright,
                 String imageLicense, String imageAcquireLicense, long views, String body) {

    static DemoStory parse(String fileName, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new IllegalArgumentException(fileName + ": no front matter");
        }
        int end = normalized.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IllegalArgumentException(fileName + ": unterminated front matter");
        }
        Map<String, Object> meta = new Yaml(new SafeConstructor(new LoaderOptions())).load(normalized.substring(4, end));
        String body = normalized.substring(end + 5).strip() + "\n";
        return new DemoStory(text(meta, "section"), text(meta, "headline"), text(meta, "slug"),
                text(meta, "standfirst"), list(meta, "bylines"), instant(meta, "published"), instant(meta, "updated"),
                list(meta, "tags"), text(meta, "image"), text(meta, "image_caption"), text(meta, "image_alt"),
                text(meta, "image_credit"), text(meta, "image_photographer"), text(meta, "image_copyright"),
                text(meta, "image_license"), text(meta, "image_acquire_license"),
                meta.get("views") == null ? 0 : ((Number) meta.get("views")).longValue(), body);
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? "" : value.toString().strip();
    }

    private static List<String> list(Map<String, Object> meta, String key) {
        String value = text(meta, key);
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static @Nullable Instant instant(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        return Instant.parse(value.toString().strip());
    }
}
