package news.dateline.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a person typed, taken apart: plain words and "phrases in quotes". There is no query syntax: colons,
 * asterisks, brackets and the like are just separators, a quote without its partner is ignored, and the text is
 * cut at {@link #MAX_LENGTH} characters.
 */
record QueryText(List<String> words, List<String> phrases, boolean shortened) {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 16;
    static final int MAX_PHRASES = 4;

    private static final Pattern QUOTED = Pattern.compile("[\"“”„]([^\"“”„]*)[\"“”„]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'’]+");

    QueryText {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
    }

    static QueryText parse(@Nullable String raw) {
        String text = raw == null ? "" : raw.strip();
        boolean shortened = text.length() > MAX_LENGTH;
        if (shortened) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<String> phrases = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (quoted.find()) {
            List<String> phraseWords = split(quoted.group(1));
            if (phraseWords.size() > 1 && phrases.size() < MAX_PHRASES) {
                phrases.add(String.join(" ", phraseWords));
            } else {
                words.addAll(phraseWords);
            }
            quoted.appendReplacement(rest, " ");
        }
        quoted.appendTail(rest);
        words.addAll(split(rest.toString()));
        return new QueryText(words.stream().distinct().limit(MAX_WORDS).toList(), phrases, shortened);
    }

    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    private static List<String> split(String text) {
        return Arrays.stream(SEPARATORS.split(text.strip()))
                .map(w -> w.replaceAll("^['’]+|['’]+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
