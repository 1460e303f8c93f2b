package news.dateline.newsroom;

/** A workflow step requested from the editor. */
public enum StoryAction {
    SUBMIT, RETURN, PUBLISH, SCHEDULE, EMBARGO, UNPUBLISH, KILL;

    /** Parses a form value such as "publish"; null when it is not an action. */
    public static StoryAction parse(String value) {
        if (value == null) {
            return null;
        }
        for (StoryAction action : values()) {
            if (action.name().equalsIgnoreCase(value.strip())) {
                return action;
            }
        }
        return null;
    }
}
