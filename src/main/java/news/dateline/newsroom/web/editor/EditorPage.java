package news.dateline.newsroom.web.editor;

import java.util.List;
import java.util.Map;
import news.dateline.newsroom.web.NewsroomFrame;
import news.dateline.newsroom.web.Option;

/**
 * The story editor.
 *
 * @param id            null for a story not yet filed
 * @param bylineSlots   one option list per byline position (the first required)
 * @param errors        field name to message, for inline errors
 * @param conflict      the version someone else saved meanwhile, or null
 * @param publicUrl     the story's public address once it is public, else null
 * @param releaseAt     a datetime-local value in the publication's zone (schedule or embargo time), may be empty
 * @param languages     the languages the story may be in, its own selected
 */
public record EditorPage(NewsroomFrame frame, Long id, int version, String statusKey, String statusLabel,
                         String notice, Map<String, String> errors, String headline, String standfirst, String body,
                         String slug, String slugHint, List<Option> sections, List<List<Option>> bylineSlots,
                         String tags, List<ImageChoice> images, String heroCaption, String seoTitle,
                         String seoDescription, boolean mayEdit, boolean maySubmit, boolean mayRunWorkflow,
                         boolean published, String publicUrl, String releaseAt, String timeZone,
                         List<String> corrections, List<Option> correctionKinds, ConflictView conflict,
                         List<Option> languages) {

    public String error(String field) {
        return errors.get(field);
    }

    /** The chosen language's tag, for the fields' {@code lang}. */
    public String language() {
        return languages.stream().filter(Option::selected).map(Option::value).findFirst().orElse(null);
    }

    public String formAction() {
        return id == null ? "/newsroom/stories" : "/newsroom/stories/" + id;
    }

    public String autosaveUrl() {
        return id == null ? null : "/newsroom/stories/" + id + "/autosave";
    }

    public String storyKey() {
        return "dateline-story-" + (id == null ? "new" : id);
    }
}
