package news.dateline.imports.internal.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export with many posts and its small tables after them: every post comes out in file order with its byline
 * and tag, after the site, people and tags, each post handed on as it is read.
 */
class GhostLargeExportTest {

    private static final int POSTS = 2_000;

    @TempDir
    Path dir;

    @Test
    void twoThousandPostsBeforeTheirTables() throws IOException {
        Path export = dir.resolve("large.json");
        try (Writer out = Files.newBufferedWriter(export)) {
            out.write("{\"db\":[{\"meta\":{\"version\":\"6.0.0\"},\"data\":{\"posts\":[");
            for (int i = 0; i < POSTS; i++) {
                out.write((i == 0 ? "" : ",") + """
                        {"id":"p%1$d","title":"Story %1$d","slug":"story-%1$d","type":"post","status":"published",
                         "visibility":"public","published_at":"2026-01-01 00:00:00","lexical":"{\\"root\\":{\\"children\\":\
                        [{\\"type\\":\\"paragraph\\",\\"children\\":[{\\"type\\":\\"text\\",\\"text\\":\\"Text %1$d\\"}]}]}}"}
                        """.formatted(i));
            }
            out.write("],\"posts_authors\":[");
            for (int i = 0; i < POSTS; i++) {
                out.write((i == 0 ? "" : ",") + "{\"post_id\":\"p" + i + "\",\"author_id\":\"u" + (i % 2) + "\"}");
            }
            out.write("],\"posts_tags\":[{\"post_id\":\"p7\",\"tag_id\":\"t1\",\"sort_order\":0}],"
                    + "\"users\":[{\"id\":\"u0\",\"name\":\"A\",\"slug\":\"a\"},{\"id\":\"u1\",\"name\":\"B\",\"slug\":\"b\"}],"
                    + "\"tags\":[{\"id\":\"t1\",\"name\":\"T\",\"slug\":\"t\"}]}}]}");
        }
        AtomicInteger posts = new AtomicInteger();
        AtomicInteger before = new AtomicInteger();
        new GhostReader().read(export, item -> {
            if (item instanceof SourcePost post) {
                int n = posts.getAndIncrement();
                assertThat(post.title()).isEqualTo("Story " + n);
                assertThat(post.body()).isEqualTo("<p>Text " + n + "</p>");
                assertThat(post.authorIds()).containsExactly("u" + (n % 2));
                assertThat(post.tagIds()).isEqualTo(n == 7 ? java.util.List.of("t1") : java.util.List.of());
            } else {
                assertThat(posts.get()).as("site, people and tags come before the posts").isZero();
                assertThat(item).isInstanceOfAny(SourceSite.class, SourcePerson.class, SourceTerm.class);
                before.incrementAndGet();
            }
        });
        assertThat(posts.get()).isEqualTo(POSTS);
        assertThat(before.get()).isEqualTo(4);
    }
}
