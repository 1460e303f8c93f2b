package news.dateline.newsroom.web.analytics;

import java.util.List;

/**
 * A table written as CSV (RFC 4180): fields quoted when needed, CRLF line ends, and cells that a
 * spreadsheet would run as a formula (starting with = + - @) made plain text first.
 */
final class CsvTable {

    private final StringBuilder text = new StringBuilder();

    CsvTable(String... header) {
        row((Object[]) header);
    }

    CsvTable row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(cells[i] == null ? "" : cells[i].toString(), cells[i] instanceof Number));
        }
        text.append("\r\n");
        return this;
    }

    CsvTable rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String field(String value, boolean number) {
        String safe = !number && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
