package news.dateline.newsroom.web.imports;

import java.util.List;
import java.util.Map;

/**
 * What the progress page polls every second: the state, the counts, the item being imported and the report lines
 * after the ones the page already shows ({@code next} is the index to ask from next time).
 */
public record ImportProgress(String state, boolean finished, int percent, int done, int total, String current,
                             String message, Map<String, Integer> counts, List<ImportLine> lines, int next) {
}
