package news.dateline.articles;

import java.time.Instant;

/** One saved state of a story: who saved it, when, and the content as it then was. */
public record Revision(int number, Instant savedAt, String savedBy, String note, NewArticle content) {
}
