package news.dateline.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many of each kind an export holds (planned) or an import has brought in so far (done).
 *
 * @param withheld stories that were private, password-protected or for members only: imported as drafts with a note
 * @param skipped items not imported on purpose (comments are counted apart, in {@code comments})
 * @param problems items that could not be imported (each has a line in the report)
 */
public record ImportCounts(int people, int sections, int tags, int published, int drafts, int scheduled,
                           int withheld, int pages, int images, int comments, int skipped, int problems) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Stories in every state. */
    public int stories() {
        return published + drafts + scheduled + withheld;
    }

    /** The items an import works through one by one (people, terms, images, stories, pages). */
    public int items() {
        return people + sections + tags + stories() + pages + images;
    }

    /** The counts by name, in a fixed order ({@code people}, {@code sections}, ...), for storage and reports. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("people", people);
        map.put("sections", sections);
        map.put("tags", tags);
        map.put("published", published);
        map.put("drafts", drafts);
        map.put("scheduled", scheduled);
        map.put("withheld", withheld);
        map.put("pages", pages);
        map.put("images", images);
        map.put("comments", comments);
        map.put("skipped", skipped);
        map.put("problems", problems);
        return map;
    }

    /** The counts {@link #asMap()} gave (unknown names ignored, missing ones zero). */
    public static ImportCounts fromMap(Map<String, Integer> map) {
        return new ImportCounts(map.getOrDefault("people", 0), map.getOrDefault("sections", 0),
                map.getOrDefault("tags", 0), map.getOrDefault("published", 0), map.getOrDefault("drafts", 0),
                map.getOrDefault("scheduled", 0), map.getOrDefault("withheld", 0), map.getOrDefault("pages", 0),
                map.getOrDefault("images", 0), map.getOrDefault("comments", 0), map.getOrDefault("skipped", 0),
                map.getOrDefault("problems", 0));
    }
}
