package news.dateline.newsroom.web.editor;

import java.util.List;
import java.util.Map;
import news.dateline.newsroom.web.NewsroomFrame;
import news.dateline.newsroom.web.Option;
import org.jspecify.annotations.Nullable;

/** The story editor, in named parts: the story, what the form holds, its choices, the rights and the feedback. */
public record EditorPage(NewsroomFrame frame, Story story, Fields fields, Choices choices, Rights rights,
                         Feedback feedback) {

    /**
     * The story being edited.
     *
     * @param id          null for a story not yet filed
     * @param publicUrl   the story's public address once it is public, else null
     * @param corrections the corrections appended so far, as lines
     */
    public record Story(@Nullable Long id, int version, String statusKey, String statusLabel, boolean published,
                        @Nullable String publicUrl, List<String> corrections) {

        public String formAction() {
            return id == null ? "/newsroom/stories" : "/newsroom/stories/" + id;
        }

        public @Nullable String autosaveUrl() {
            return id == null ? null : "/newsroom/stories/" + id + "/autosave";
        }

        public String storyKey() {
            return "dateline-story-" + (id == null ? "new" : id);
        }
    }

    /**
     * The form's values (what was saved, or what was typed).
     *
     * @param releaseAt a datetime-local value in the publication's zone (schedule or embargo time), may be empty
     */
    public record Fields(String headline, String standfirst, String body, String slug, String slugHint, String tags,
                         String heroCaption, String seoTitle, String seoDescription, String releaseAt, String timeZone) {
    }

    /**
     * The form's lists to choose from, the current choices selected.
     *
     * @param bylineSlots one option list per byline position (the first required)
     * @param languages   the languages the story may be in, its own selected
     */
    public record Choices(List<Option> sections, List<List<Option>> bylineSlots, List<ImageChoice> images,
                          List<Option> correctionKinds, List<Option> languages) {

        /** The chosen language's tag, for the fields' {@code lang}. */
        public @Nullable String language() {
            return languages.stream().filter(Option::selected).map(Option::value).findFirst().orElse(null);
        }
    }

    /** What the signed-in account may do to this story. */
    public record Rights(boolean mayEdit, boolean maySubmit, boolean mayRunWorkflow) {
    }

    /**
     * What happened last.
     *
     * @param notice   a confirmation ("Saved."), or null
     * @param errors   field name to message, for inline errors
     * @param conflict the version someone else saved meanwhile, or null
     */
    public record Feedback(@Nullable String notice, Map<String, String> errors, @Nullable ConflictView conflict) {

        public @Nullable String error(String field) {
            return errors.get(field);
        }
    }
}
