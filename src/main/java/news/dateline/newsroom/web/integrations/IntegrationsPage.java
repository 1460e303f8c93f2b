package news.dateline.newsroom.web.integrations;

import java.util.List;
import java.util.Map;
import news.dateline.newsroom.web.NewsroomFrame;
import news.dateline.newsroom.web.Option;
import org.jspecify.annotations.Nullable;

/**
 * The Integrations screen (admins only): every key and token, the secret of the one just made (shown this once),
 * and the form to make another.
 *
 * @param issued the secret just made, or null
 */
public record IntegrationsPage(NewsroomFrame frame, @Nullable String notice, @Nullable Issued issued,
                               List<Row> integrations, Map<String, String> errors, Map<String, String> values,
                               List<Option> kinds, List<Option> roles) {

    /** A secret just made, with what it opens. */
    public record Issued(String name, String kindLabel, String secret) {
    }

    /**
     * One integration as the table shows it; {@code originError} / {@code limitError} when its origins or request
     * limit form was refused; {@code limitValue} is blank while the site's default applies.
     */
    public record Row(long id, String name, String kindLabel, boolean content, String role, String origins,
                      String originsLines, String created, String lastUsed, boolean live, String revoked, String hint,
                      @Nullable String originError, String limit, String limitValue, @Nullable String limitError) {
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
