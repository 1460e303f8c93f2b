package news.dateline.newsroom.web.pages;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import news.dateline.newsroom.web.Option;
import org.jspecify.annotations.Nullable;

/**
 * One static page in the editor, new ({@code id} null) or saved, with the values as last typed.
 *
 * @param version   the version the editor opened (sent back with a save: optimistic locking)
 * @param publicUrl the page's address when published, else null
 * @param parents   the top-level pages it may sit under ("" for none)
 */
public record PageEditorPage(NewsroomFrame frame, @Nullable String notice, @Nullable String error, @Nullable Long id,
                             long version, Fields fields, boolean published, @Nullable String publicUrl,
                             List<Option> parents) {

    /** What the form shows, as typed. */
    public record Fields(String title, String slug, String menuOrder, String body, String seoDescription,
                         boolean shownInFooter) {
    }

    /** The form's action: create, or save this page. */
    public String action() {
        return id == null ? "/newsroom/pages" : "/newsroom/pages/" + id;
    }
}
