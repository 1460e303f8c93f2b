import static news.dateline.support.NewsText.COMMON;
import static news.dateline.support.NewsText.FIRST;
import static news.dateline.support.NewsText.LAST;
import static news.dateline.support.NewsText.capitalise;
import static news.dateline.support.NewsText.sentence;
import static news.dateline.support.NewsText.vocabulary;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark corpus (run by {@code bench/pages.sh}): tops a Dateline database (schema made by Flyway, demo loaded)
 * up to the given number of sections and people, then adds N published stories, deterministic (fixed seed):
 * headline, standfirst, a Markdown body of 6-10 paragraphs (~450 words, subheadings and a list now and then),
 * 1-2 bylines, 2-4 tags, first published between 2019 and 2026 in id order. No images (hero is optional).
 * Plain JDBC in large transactions; SQLite instants as epoch ms, PostgreSQL as TIMESTAMPTZ.
 * Writes every story's public path, oldest first, to the given file.
 * Its text comes from {@code news.dateline.support.NewsText} (test sources), shared with the search benchmark.
 * Usage: java -cp target/test-classes:driver.jar bench/MakeCorpus.java JDBC-URL ARTICLES SECTIONS PEOPLE PATHS-FILE
 */
public class MakeCorpus {

    static final String[] SECTION_NAMES = {"World", "Politics", "Business", "Technology", "Science", "Sport",
            "Opinion", "Culture", "Health", "Climate", "Education", "Money", "Travel", "Food", "Books", "Music",
            "Film", "Television", "Theatre", "Art", "Design", "Fashion", "Football", "Cricket", "Tennis", "Cycling",
            "Motor Racing", "Africa", "Americas", "Asia", "Europe", "Middle East", "Oceania", "Cities", "Transport",
            "Energy", "Housing", "Law", "Crime", "Media", "Games", "Space", "Environment", "Obituaries", "Letters",
            "Analysis", "Investigations", "Data", "Weather", "Local", "Property", "Careers", "Motoring", "Gardening"};

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int articles = Integer.parseInt(args[1]);
        int sectionTarget = Integer.parseInt(args[2]);
        int peopleTarget = Integer.parseInt(args[3]);
        Path pathsFile = Path.of(args[4]);
        boolean postgres = url.startsWith("jdbc:postgresql");
        Random random = new Random(20261129L);
        List<String> vocabulary = vocabulary(random, 20_000);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            Map<Long, String> sections = sections(db, sectionTarget);
            List<Long> people = people(db, peopleTarget);
            db.commit();
            List<Long> sectionIds = new ArrayList<>(sections.keySet());
            long from = java.time.Instant.parse("2019-01-01T06:00:00Z").toEpochMilli();
            long to = java.time.Instant.parse("2026-11-01T06:00:00Z").toEpochMilli();
            String insertArticle = "INSERT INTO articles (slug, headline, standfirst, body, section_id, status, "
                    + "first_published_at, last_updated_at, created_at, modified_at, version) VALUES (?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 1)";
            try (PreparedStatement article = db.prepareStatement(insertArticle, Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement byline = db.prepareStatement("INSERT INTO article_bylines (article_id, position, person_id) VALUES (?, ?, ?)");
                 PreparedStatement tag = db.prepareStatement("INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)");
                 PrintWriter paths = new PrintWriter(Files.newBufferedWriter(pathsFile))) {
                for (int i = 1; i <= articles; i++) {
                    String headline = capitalise(sentence(random, vocabulary, 6 + random.nextInt(6)));
                    String slug = slug(headline) + "-" + i;
                    long section = sectionIds.get(random.nextInt(sectionIds.size()));
                    long published = from + (to - from) * (i - 1) / Math.max(1, articles) + random.nextInt(3_600_000);
                    boolean updated = random.nextInt(5) == 0;
                    article.setString(1, slug);
                    article.setString(2, headline);
                    article.setString(3, capitalise(sentence(random, vocabulary, 18 + random.nextInt(10))) + ".");
                    article.setString(4, body(random, vocabulary));
                    article.setLong(5, section);
                    instant(article, 6, published, postgres);
                    if (updated) {
                        instant(article, 7, published + 3_600_000L * (1 + random.nextInt(48)), postgres);
                    } else {
                        article.setNull(7, postgres ? java.sql.Types.TIMESTAMP_WITH_TIMEZONE : java.sql.Types.INTEGER);
                    }
                    instant(article, 8, published - 7_200_000L, postgres);
                    instant(article, 9, published, postgres);
                    article.executeUpdate();
                    long id;
                    try (ResultSet keys = article.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    int authors = random.nextInt(4) == 0 ? 2 : 1;
                    Set<Long> chosen = new HashSet<>();
                    for (int b = 0; b < authors; b++) {
                        long person = people.get(random.nextInt(people.size()));
                        if (chosen.add(person)) {
                            byline.setLong(1, id);
                            byline.setInt(2, b);
                            byline.setLong(3, person);
                            byline.addBatch();
                        }
                    }
                    Set<String> tags = new java.util.LinkedHashSet<>();
                    for (int t = 2 + random.nextInt(3); t > 0; t--) {
                        tags.add(COMMON[random.nextInt(COMMON.length)]);
                    }
                    int position = 0;
                    for (String t : tags) {
                        tag.setLong(1, id);
                        tag.setInt(2, position++);
                        tag.setString(3, t);
                        tag.addBatch();
                    }
                    paths.println("/" + sections.get(section) + "/" + slug);
                    if (i % 5_000 == 0 || i == articles) {
                        byline.executeBatch();
                        tag.executeBatch();
                        db.commit();
                    }
                    if (i % 25_000 == 0) {
                        System.out.printf("  %,d stories (%.1f s)%n", i, (System.nanoTime() - started) / 1e9);
                    }
                }
            }
        }
        System.out.printf("Corpus: %,d stories, %d sections, %,d people added or kept in %.1f s%n", articles,
                sectionTarget, peopleTarget, (System.nanoTime() - started) / 1e9);
    }

    static void instant(PreparedStatement s, int i, long epochMs, boolean postgres) throws Exception {
        if (postgres) {
            s.setObject(i, java.time.OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(epochMs), java.time.ZoneOffset.UTC));
        } else {
            s.setLong(i, epochMs);
        }
    }

    /** Existing sections are kept; more are added until there are {@code target}. Returns id to slug. */
    static Map<Long, String> sections(Connection db, int target) throws Exception {
        Map<Long, String> all = new LinkedHashMap<>();
        Set<String> slugs = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, slug FROM sections ORDER BY id")) {
            while (r.next()) {
                all.put(r.getLong(1), r.getString(2));
                slugs.add(r.getString(2));
            }
        }
        int position = all.size();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO sections (name, slug, position) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int n = 0; all.size() < target; n++) {
                String name = n < SECTION_NAMES.length ? SECTION_NAMES[n] : "Section " + n;
                String slug = slug(name);
                if (!slugs.add(slug)) {
                    continue;
                }
                insert.setString(1, name);
                insert.setString(2, slug);
                insert.setInt(3, position++);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    all.put(keys.getLong(1), slug);
                }
            }
        }
        return all;
    }

    static List<Long> people(Connection db, int target) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM people ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO people (display_name, slug, bio) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int n = 0; ids.size() < target; n++) {
                String name = FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length];
                insert.setString(1, name);
                insert.setString(2, slug(name) + "-" + n);
                insert.setString(3, name + " reports for Dateline.");
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    static String body(Random random, List<String> vocabulary) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 6 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            if (p == 3 && random.nextBoolean()) {
                body.append("## ").append(capitalise(sentence(random, vocabulary, 3 + random.nextInt(4)))).append("\n\n");
            }
            if (p == 5 && random.nextInt(3) == 0) {
                for (int item = 0; item < 3; item++) {
                    body.append("- ").append(capitalise(sentence(random, vocabulary, 5 + random.nextInt(6)))).append('\n');
                }
                body.append('\n');
            }
            body.append(capitalise(sentence(random, vocabulary, 25 + random.nextInt(25)))).append(". ");
            if (random.nextInt(4) == 0) {
                body.append("\"").append(capitalise(sentence(random, vocabulary, 8 + random.nextInt(8)))).append(",\" said ")
                        .append(FIRST[random.nextInt(FIRST.length)]).append(' ').append(LAST[random.nextInt(LAST.length)]).append(". ");
            }
            body.append(capitalise(sentence(random, vocabulary, 10 + random.nextInt(10)))).append(".\n\n");
        }
        return body.toString();
    }

    static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return s;
    }
}
