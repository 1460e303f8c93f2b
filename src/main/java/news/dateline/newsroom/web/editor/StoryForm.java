package news.dateline.newsroom.web.editor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.dateline.articles.ArticleException;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import org.springframework.util.MultiValueMap;

/** Reads the editor's form fields; anything malformed becomes an inline error on its field. */
final class StoryForm {

    static final int MAX_BYLINES = NewArticle.MAX_BYLINES;

    private StoryForm() {
    }

    static NewArticle content(MultiValueMap<String, String> form) {
        long section = number(form.getFirst("section"), "section", "Choose a section");
        List<Long> bylines = new ArrayList<>();
        List<String> values = form.getOrDefault("byline", List.of());
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                bylines.add(number(value, "bylines", "Choose people from the list"));
            }
        }
        String hero = form.getFirst("hero");
        HeroImage heroImage = hero == null || hero.isBlank() ? null
                : new HeroImage(number(hero, "hero", "Choose an image from the library"), blankToNull(form.getFirst("heroCaption")));
        List<String> tags = Arrays.stream(text(form, "tags").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new NewArticle(text(form, "headline"), text(form, "slug"), text(form, "standfirst"), text(form, "body"),
                section, bylines, tags, heroImage, text(form, "seoTitle"), text(form, "seoDescription"), text(form, "language")).withinLimits();
    }

    static int version(MultiValueMap<String, String> form) {
        return (int) number(form.getFirst("version"), "version", "The form is incomplete; reload the story");
    }

    /** A datetime-local value read in the publication's time zone; null when empty. */
    static Instant releaseAt(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ArticleException("releaseAt", "Enter a date and time such as 2025-05-08 09:30");
        }
    }

    static String text(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static long number(String value, String field, String message) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new ArticleException(field, message);
        }
    }
}
