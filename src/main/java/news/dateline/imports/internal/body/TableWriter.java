package news.dateline.imports.internal.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A table as a GFM table: the first row is the header (a table without one gets its first row as header), cells
 * hold inline content only, a caption becomes an italic paragraph after the table.
 */
final class TableWriter {

    private static final int MAX_COLUMNS = 64;

    private final MarkdownWriter writer;

    TableWriter(MarkdownWriter writer) {
        this.writer = writer;
    }

    List<String> write(Element table, @Nullable Element caption) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                cells.add(writer.cells.write(cell.childNodes()));
                for (int span = colspan(cell); span > 1 && cells.size() < MAX_COLUMNS; span--) {
                    cells.add("");
                }
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        List<String> out = new ArrayList<>();
        if (!rows.isEmpty()) {
            out.add(gfm(rows));
        }
        Element own = table.selectFirst("> caption");
        out.addAll(writer.italic(caption != null ? caption : own));
        return out;
    }

    private static String gfm(List<List<String>> rows) {
        int columns = Math.min(MAX_COLUMNS, rows.stream().mapToInt(List::size).max().orElse(1));
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            row(rows.get(r), columns, out);
            if (r == 0) {
                out.append('\n').append("|").append(" --- |".repeat(columns));
            }
            if (r < rows.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void row(List<String> cells, int columns, StringBuilder out) {
        out.append('|');
        for (int c = 0; c < columns; c++) {
            String cell = c < cells.size() ? cells.get(c).strip() : "";
            out.append(' ').append(cell).append(cell.isEmpty() ? "" : " ").append('|');
        }
    }

    private static int colspan(Element cell) {
        try {
            return Integer.parseInt(cell.attr("colspan").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
