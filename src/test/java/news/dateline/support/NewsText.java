package news.dateline.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic news-like text for benchmarks (the search benchmark and {@code bench/MakeCorpus.java}): common
 * news words, people's names, and a long tail of made-up words, the way real vocabularies are shaped.
 */
public final class NewsText {

    public static final String[] COMMON = ("the council government minister said report market city police court "
            + "election vote party budget tax rates bank inflation energy climate flood river water school hospital "
            + "health data study scientists team match final season club players coach port strike workers union "
            + "company shares prices trade exports chips factory grid power wind solar housing rents transport rail "
            + "ferry airport drones defence talks summit president mayor capital border farmers harvest drought "
            + "interest central policy football league museum festival theatre film music university students research "
            + "planet telescope species forest ocean coast storm heatwave wildfire vaccine doctors nurses patients "
            + "pension wages jobs unemployment startup investors software cyber attack satellite launch rocket").split(" ");
    public static final String[] FIRST = {"Maria", "Lukas", "Aditya", "Sofia", "James", "Amara", "Chen", "Olga", "Pedro",
            "Fatima", "Jonas", "Keiko", "Samuel", "Ines", "Tomasz", "Leila", "Hannah", "Kwame", "Elena", "Ravi",
            "Nadia", "Oscar", "Yuki", "Daniel", "Zara", "Mateo", "Anika", "Victor", "Grace", "Omar"};
    public static final String[] LAST = {"Okafor", "Brandt", "Varma", "Marchetti", "Whitfield", "Nwosu", "Li", "Petrova",
            "Alves", "Haddad", "Berg", "Tanaka", "Mensah", "Duarte", "Nowak", "Rahimi", "Sobyanin", "Keller", "Moreau",
            "Silva", "Kowalski", "Ibrahim", "Jensen", "Costa", "Novak", "Park", "Osei", "Fischer", "Rossi", "Murphy",
            "Singh", "Larsen", "Adeyemi", "Horvat", "Santos", "Weber", "Kim", "Dubois", "Ortiz", "Lindqvist"};

    private NewsText() {
    }

    /** Mostly common news words, then a long tail of made-up ones (the way real vocabularies are shaped). */
    public static String sentence(Random random, List<String> vocabulary, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                s.append(' ');
            }
            double r = random.nextDouble();
            if (r < 0.45) {
                s.append(COMMON[(int) Math.floor(Math.pow(random.nextDouble(), 2.5) * COMMON.length)]);
            } else if (r < 0.47) {
                s.append(FIRST[random.nextInt(FIRST.length)]).append(' ').append(LAST[random.nextInt(LAST.length)]);
            } else {
                int rank = (int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(random.nextDouble(), 3) * vocabulary.size()));
                s.append(vocabulary.get(rank));
            }
        }
        return s.toString();
    }

    public static List<String> vocabulary(Random random, int size) {
        String[] syllables = {"ka", "lo", "mer", "ta", "vin", "so", "ran", "del", "mi", "tor", "bel", "sa", "gra", "ne",
                "pol", "ri", "stan", "ve", "quo", "li"};
        List<String> words = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = 2 + random.nextInt(3); n > 0; n--) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(w.toString());
        }
        return words;
    }

    /** The text with its first letter in capitals. */
    public static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
