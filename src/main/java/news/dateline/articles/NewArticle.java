package news.dateline.articles;

import java.util.List;

/**
 * A story as a writer first files it. A blank slug is derived from the headline.
 */
public record NewArticle(String headline, String slug, String standfirst, String body, long sectionId,
                         List<Long> bylines, List<String> tags, HeroImage hero) {

    public NewArticle {
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("A story needs a headline");
        }
        if (bylines == null || bylines.isEmpty()) {
            throw new IllegalArgumentException("A story needs at least one byline");
        }
        if (bylines.stream().distinct().count() != bylines.size()) {
            throw new IllegalArgumentException("A person can appear only once in a story's bylines");
        }
        headline = headline.strip();
        standfirst = standfirst == null ? "" : standfirst.strip();
        body = body == null ? "" : body;
        bylines = List.copyOf(bylines);
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
