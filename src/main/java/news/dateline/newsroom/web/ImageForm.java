package news.dateline.newsroom.web;

import java.util.Map;
import news.dateline.media.ImageRejected;
import news.dateline.platform.Limit;

/**
 * The image library form's server-side limits (uploads keep whatever their embedded metadata says; what a person
 * types in the form is bounded).
 */
final class ImageForm {

    static final Map<String, Field> FIELDS = Map.of(
            "caption", new Field("Caption", new Limit(1_000)),
            "altText", new Field("Alt text", new Limit(300)),
            "creditSource", new Field("Credit", new Limit(200)),
            "photographer", new Field("Photographer", new Limit(200)),
            "copyrightNotice", new Field("Copyright notice", new Limit(500)),
            "licenseUrl", new Field("Licence address", new Limit(2_000)),
            "acquireLicenseUrl", new Field("Licence acquisition address", new Limit(2_000)));

    record Field(String label, Limit limit) {
    }

    private ImageForm() {
    }

    /** Refuses the form when a field is longer than allowed, naming the field. */
    static void checkLengths(Map<String, String> form) {
        FIELDS.forEach((name, field) -> {
            String value = form.get(name);
            if (field.limit().exceededBy(value)) {
                throw new ImageRejected(field.label() + ": " + field.limit().message(value));
            }
        });
    }
}
