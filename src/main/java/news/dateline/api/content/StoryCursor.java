package news.dateline.api.content;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import news.dateline.api.ApiProblem;
import news.dateline.articles.StoryStream;

/**
 * The opaque {@code cursor} of a story list: base64url of {@code "<firstPublishedAt>|<id>"} of the last story of the
 * page before. Lists run newest first, so a story published between two requests lands before the cursor and
 * never shifts the pages after it.
 */
final class StoryCursor {

    private static final int MAX_LENGTH = 200;

    private StoryCursor() {
    }

    static String of(StoryStream.Position position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (position.publishedAt() + "|" + position.id()).getBytes(StandardCharsets.UTF_8));
    }

    static StoryStream.Position parse(String cursor) {
        if (cursor.length() <= MAX_LENGTH) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                if (bar > 0) {
                    return new StoryStream.Position(Instant.parse(text.substring(0, bar)),
                            Long.parseLong(text.substring(bar + 1)));
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                // answered below
            }
        }
        throw ApiProblem.invalid("cursor", "Not a cursor this API gave out; start again without one");
    }
}
