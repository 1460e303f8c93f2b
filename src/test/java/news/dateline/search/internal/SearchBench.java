package news.dateline.search.internal;

import static news.dateline.support.NewsText.COMMON;
import static news.dateline.support.NewsText.FIRST;
import static news.dateline.support.NewsText.LAST;
import static news.dateline.support.NewsText.capitalise;
import static news.dateline.support.NewsText.sentence;
import static news.dateline.support.NewsText.vocabulary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleBody;
import news.dateline.articles.ArticleStatus;
import news.dateline.search.Audience;
import news.dateline.search.SearchOrder;
import news.dateline.search.SearchQuery;

/**
 * Benchmark (not a test; run by {@code bench/search.sh}): indexes N generated stories the way a rebuild does
 * (body rendered from Markdown, then analysed), prints the time and the index size, then the latency of typical
 * reader queries (p50/p95, highlighting included, database lookups of the hits not included).
 */
public final class SearchBench {

    private static final String[] SECTIONS = {"World", "Politics", "Business", "Technology", "Science", "Sport",
            "Opinion", "Culture"};
    private static final List<String> QUERIES = List.of("election", "interest rates", "\"central bank\"",
            "flood data river", "port strike", "Sobyanin", "Sobyanim drones", "Maria Okafor", "climate policy",
            "football final", "housing rents city", "chips factory exports");

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("dateline-search-bench");
        Random random = new Random(42);
        List<String> vocabulary = vocabulary(random, 20_000);
        System.out.printf("Indexing %,d generated stories (~%d words each) into %s%n", count, 450, dir);
        long started = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(dir.resolve("search-index"))) {
            Instant base = Instant.parse("2020-01-01T00:00:00Z");
            for (int i = 1; i <= count; i++) {
                Article article = article(i, random, vocabulary, base.plus(Duration.ofMinutes(25L * i)));
                String author = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                index.put(i, StoryFields.document(article, SECTIONS[(int) article.sectionId() - 1], List.of(author)));
                if (i % 20_000 == 0) {
                    System.out.printf("  %,d indexed (%.1f s)%n", i, seconds(started));
                }
            }
            index.commit(count);
            double took = seconds(started);
            System.out.printf("Indexed %,d stories in %.1f s (%.0f stories/s); index size %.1f MB%n", count, took,
                    count / took, index.sizeOnDisk() / 1e6);
            queries(index);
        }
    }

    private static void queries(SearchIndex index) throws Exception {
        Finder finder = new Finder(index);
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        for (int warm = 0; warm < 30; warm++) {
            for (String q : QUERIES) {
                finder.find(QueryText.parse(q), SearchQuery.forReaders(q, 10), now);
            }
        }
        System.out.printf("%nQuery latency, first page of 10 with highlighted passages (%d runs each):%n", 50);
        System.out.printf("%-26s %10s %8s %8s%n", "query", "matches", "p50 ms", "p95 ms");
        List<Double> all = new ArrayList<>();
        for (String q : QUERIES) {
            double[] ms = new double[50];
            long total = 0;
            for (int run = 0; run < ms.length; run++) {
                SearchQuery query = new SearchQuery(q, Audience.PUBLIC, null, null, null, null, null, null,
                        run % 2 == 0 ? SearchOrder.RELEVANCE : SearchOrder.NEWEST, 1, 10);
                long t = System.nanoTime();
                total = finder.find(QueryText.parse(q), query, now).total();
                ms[run] = (System.nanoTime() - t) / 1e6;
                all.add(ms[run]);
            }
            Arrays.sort(ms);
            System.out.printf("%-26s %,10d %8.1f %8.1f%n", q, total, percentile(ms, 50), percentile(ms, 95));
        }
        double[] every = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-26s %10s %8.1f %8.1f%n", "all queries", "", percentile(every, 50), percentile(every, 95));
    }

    private static Article article(long id, Random random, List<String> vocabulary, Instant published) {
        String headline = capitalise(sentence(random, vocabulary, 6 + random.nextInt(6)));
        String standfirst = capitalise(sentence(random, vocabulary, 18 + random.nextInt(10))) + ".";
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 8; p++) {
            body.append(capitalise(sentence(random, vocabulary, 25 + random.nextInt(25)))).append(". ")
                    .append(capitalise(sentence(random, vocabulary, 10 + random.nextInt(10)))).append(".\n\n");
        }
        List<String> tags = List.of(COMMON[random.nextInt(COMMON.length)], COMMON[random.nextInt(COMMON.length)]);
        return new Article(id, "story-" + id, headline, standfirst, new ArticleBody(body.toString()),
                1 + random.nextInt(SECTIONS.length), List.of(1 + (long) random.nextInt(200)), tags, null,
                ArticleStatus.PUBLISHED, published, null, published, published, 1, null, "", "", null);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
