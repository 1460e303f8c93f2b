package news.dateline.newsroom.web;

import java.util.List;

/**
 * Desk administration: the sections and the people who can hold bylines (staff and guest contributors).
 *
 * @param notice a confirmation to show, or null
 * @param error  a problem with the last submission, or null
 */
public record DeskPage(NewsroomFrame frame, String notice, String error, List<SectionRow> sections, List<PersonRow> people) {

    public record SectionRow(long id, String name, String slug, int position) {
    }

    public record PersonRow(long id, String name, String slug, String bio) {
    }
}
