package news.dateline.newsroom.web.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A readable word-level comparison of two texts (longest common subsequence of words and spaces). */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    private static final int MAX_TOKENS = 6000;

    private WordDiff() {
    }

    static List<DiffView.Run> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        if ((long) a.size() * b.size() > (long) MAX_TOKENS * MAX_TOKENS / 4) {
            return List.of(new DiffView.Run("del", before), new DiffView.Run("ins", after));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffView.Run> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(runs, "same", a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(runs, "ins", b.get(j++));
            } else {
                add(runs, "del", a.get(i++));
            }
        }
        return runs;
    }

    static boolean changed(List<DiffView.Run> runs) {
        return runs.stream().anyMatch(r -> !r.kind().equals("same"));
    }

    private static void add(List<DiffView.Run> runs, String kind, String text) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind().equals(kind)) {
            DiffView.Run last = runs.remove(runs.size() - 1);
            runs.add(new DiffView.Run(kind, last.text() + text));
        } else {
            runs.add(new DiffView.Run(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
