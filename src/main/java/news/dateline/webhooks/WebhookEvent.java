package news.dateline.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** What an endpoint can subscribe to; {@link #code()} is the name in the payload and the Dateline-Event header. */
public enum WebhookEvent {
    STORY_PUBLISHED("story.published"),
    STORY_UPDATED("story.updated"),
    STORY_CORRECTED("story.corrected"),
    STORY_UNPUBLISHED("story.unpublished"),
    STORY_KILLED("story.killed"),
    STORY_SCHEDULED("story.scheduled"),
    IMAGE_UPDATED("image.updated"),
    SECTION_CHANGED("section.changed"),
    PERSON_CHANGED("person.changed");

    private final String code;

    WebhookEvent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind of thing the event is about: story, image, section or person. */
    public String subject() {
        return code.substring(0, code.indexOf('.'));
    }

    public static Optional<WebhookEvent> fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
