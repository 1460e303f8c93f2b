package news.dateline.integrations.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.dateline.integrations.IntegrationException;

/**
 * Reads the browser origins an admin types (one per line, or separated by commas or spaces) into the exact form a
 * browser sends in {@code Origin}: {@code https://app.example.com} or {@code http://localhost:3000}, no path.
 */
public final class AllowedOrigins {

    public static final int MOST = 20;

    private AllowedOrigins() {
    }

    public static List<String> read(String typed) {
        List<String> origins = new ArrayList<>();
        for (String word : (typed == null ? "" : typed).split("[\\s,]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String origin = origin(word);
            if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        if (origins.size() > MOST) {
            throw new IntegrationException("origins", "At most " + MOST + " origins");
        }
        return origins;
    }

    private static String origin(String word) {
        String refusal = "\"" + (word.length() > 60 ? word.substring(0, 60) + "…" : word)
                + "\" is not an origin such as https://app.example.com";
        if (word.length() > 200) {
            throw new IntegrationException("origins", refusal);
        }
        try {
            URI uri = new URI(word.endsWith("/") ? word.substring(0, word.length() - 1) : word);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new IntegrationException("origins", refusal);
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            throw new IntegrationException("origins", refusal);
        }
    }
}
