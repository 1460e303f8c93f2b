package news.dateline.imports.internal.ghost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.dateline.imports.internal.source.SourceException;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourceSkipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files get one plain sentence, never a parser's stack trace, and nothing is emitted first. */
class GhostHostileTest {

    @TempDir
    Path dir;

    @Test
    void aTruncatedExport() throws IOException {
        byte[] real = Files.readAllBytes(GhostExport.file());
        Path cut = Files.write(dir.resolve("cut.json"), java.util.Arrays.copyOf(real, real.length / 2));
        refused(cut, "The Ghost export cannot be read: the file is truncated: it ends in the middle of the JSON (line 1,");
    }

    @Test
    void notJsonAtAll() throws IOException {
        refused(write("<?xml version=\"1.0\"?><rss/>"), "The Ghost export cannot be read: the file is not valid JSON (line 1, column 1).");
        refused(write(""), "This is not a Ghost export: the file does not start with a JSON object.");
        refused(write("{\"db\":[{\"data\":{\"posts\":[]}}]} {}"),
                "The Ghost export is malformed: unexpected content after the export object.");
    }

    @Test
    void theWrongShape() throws IOException {
        refused(write("[1, 2, 3]"), "This is not a Ghost export: the file does not start with a JSON object.");
        refused(write("{\"posts\": []}"), "This is not a Ghost export: it has no \"db\" list with a \"data\" section.");
        refused(write("{\"db\":[{\"data\":{\"users\":[]}}]}"),
                "This is not a Ghost export: its data section has no \"posts\" table.");
        refused(write("{\"db\":[{\"data\":{\"posts\":[1, 2]}}]}"),
                "The Ghost export is malformed: the \"posts\" table holds something other than rows (line 1, column 27).");
        refused(write("{\"db\":[42]}"), "The Ghost export is malformed: the \"db\" list does not end where it should"
                + " (line 1, column 10).");
        refused(dir.resolve("missing.json"), "The Ghost export missing.json is not a readable file.");
    }

    @Test
    void deepNesting() throws IOException {
        String deep = "[".repeat(100_000);
        refused(write("{\"db\":[{\"data\":{\"posts\":[{\"x\":" + deep + "}]}}]}"),
                "The Ghost export cannot be read: the file is nested more than 200 levels deep (line 1, column");
    }

    @Test
    void aHugeStringAndAHugeNumber() throws IOException {
        Path big = dir.resolve("big.json");
        try (Writer out = Files.newBufferedWriter(big)) {
            out.write("{\"db\":[{\"data\":{\"settings\":[{\"key\":\"title\",\"value\":\"");
            char[] chunk = new char[1024 * 1024];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 17; i++) {
                out.write(chunk);
            }
            out.write("\"}],\"posts\":[]}}]}");
        }
        refused(big, "The Ghost export cannot be read: the file holds a text longer than 16 MB (line 1, column");
        refused(write("{\"db\":[{\"data\":{\"posts\":[{\"id\":" + "9".repeat(5_000) + "}]}}]}"),
                "The Ghost export cannot be read: the file holds a number longer than 100 digits (line 1, column");
    }

    @Test
    void aRowWithTooManyValues() throws IOException {
        String many = "0,".repeat(GhostRow.MAX_VALUES) + "0";
        refused(write("{\"db\":[{\"data\":{\"posts\":[],\"tags\":[{\"x\":[" + many + "]}]}}]}"),
                "The Ghost export was refused: one of its rows holds more than 1000000 values (line 1, column");
    }

    @Test
    void aHostileBodyOnlySkipsItsPost() throws IOException {
        String deep = "[".repeat(1_000);
        String export = """
                {"db":[{"data":{"posts":[
                  {"id":"bad","title":"Deep","slug":"deep","type":"post","status":"published","lexical":"%s"},
                  {"id":"bad-date","title":"Dated","slug":"dated","type":"post","status":"published",
                   "published_at":"yesterday"},
                  {"id":"good","title":"Fine","slug":"fine","type":"post","status":"published","html":"<p>ok</p>"}
                ]}}]}""".formatted("{\\\"root\\\":" + deep);
        List<SourceItem> items = GhostExport.read(write(export));
        assertThat(items).filteredOn(SourceSkipped.class::isInstance).map(SourceSkipped.class::cast)
                .extracting(SourceSkipped::reason).containsExactly(
                        "Ghost \"Deep\" could not be read: its body is nested more than 200 levels deep (line 1, column 209).",
                        "Ghost \"Dated\" could not be read: its published_at \"yesterday\" is not a date.");
        assertThat(items.getLast()).isInstanceOf(news.dateline.imports.internal.source.SourcePost.class);
    }

    private void refused(Path export, String message) {
        List<SourceItem> items = new ArrayList<>();
        assertThatThrownBy(() -> new GhostReader().read(export, items::add)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith(message).message().doesNotContain("tools.jackson", "JsonToken", "\n");
        assertThat(items).isEmpty();
    }

    private Path write(String json) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "export", ".json"), json);
    }
}
