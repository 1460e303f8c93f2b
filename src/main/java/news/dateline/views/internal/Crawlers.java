package news.dateline.views.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells bots and crawlers from people's browsers by user agent. The patterns are the maintained
 * crawler-user-agents list (MIT licence, {@code views/crawler-user-agents.LICENSE}). Nearly all of them
 * are plain text, looked up by their first three characters at each position of the user agent; the few
 * real regular expressions run as one pattern. Answers are remembered per user-agent string, since the
 * same few thousand strings make up nearly all traffic; a never-seen string costs a few microseconds.
 */
@Component
public class Crawlers {

    private static final String LIST = "/views/crawler-user-agents.json";
    private static final int MAX_USER_AGENT = 1024;

    private static final int KEY = 3;
    private static final Pattern META = Pattern.compile("[\\[\\](){}*+?.^$|]");
    private static final Pattern CLASS_ESCAPE = Pattern.compile("\\\\[A-Za-z0-9]");

    private final Map<String, List<String>> literals = new HashMap<>();
    private final List<String> shortLiterals = new ArrayList<>();
    private final Pattern patterns;
    private final Cache<String, Boolean> answers = Caffeine.newBuilder().maximumSize(20_000).build();

    public Crawlers() {
        this.patterns = load();
    }

    private boolean containsLiteral(String userAgent) {
        for (String literal : shortLiterals) {
            if (userAgent.contains(literal)) {
                return true;
            }
        }
        for (int i = 0; i + KEY <= userAgent.length(); i++) {
            List<String> candidates = literals.get(userAgent.substring(i, i + KEY));
            if (candidates != null) {
                for (String literal : candidates) {
                    if (userAgent.startsWith(literal, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when the user agent is a bot, a crawler, a tool or missing: anything that is not a browser. */
    public boolean isBot(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank() || userAgent.length() > MAX_USER_AGENT) {
            return true;
        }
        return answers.get(userAgent, this::classify);
    }

    private boolean classify(String userAgent) {
        String lower = userAgent.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("mozilla/") && !lower.startsWith("opera/")) {
            return true;
        }
        if (lower.contains("bot") || lower.contains("crawl") || lower.contains("spider") || lower.contains("headless")) {
            return true;
        }
        return containsLiteral(userAgent) || patterns.matcher(userAgent).find();
    }

    private Pattern load() {
        try (InputStream in = Crawlers.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The crawler list " + LIST + " is missing from the build");
            }
            List<String> alternatives = new ArrayList<>();
            for (JsonNode entry : JsonMapper.builder().build().readTree(in)) {
                String pattern = entry.path("pattern").asString("");
                if (pattern.isEmpty()) {
                    continue;
                }
                Pattern.compile(pattern);
                String literal = pattern.replaceAll("\\\\(.)", "$1");
                if (META.matcher(pattern.replaceAll("\\\\.", "")).find() || CLASS_ESCAPE.matcher(pattern).find()) {
                    alternatives.add("(?:" + pattern + ")");
                } else if (literal.length() < KEY) {
                    shortLiterals.add(literal);
                } else {
                    literals.computeIfAbsent(literal.substring(0, KEY), k -> new ArrayList<>()).add(literal);
                }
            }
            return Pattern.compile(String.join("|", alternatives));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
