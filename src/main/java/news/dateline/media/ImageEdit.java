package news.dateline.media;

import java.util.LinkedHashMap;
import java.util.Map;
import news.dateline.platform.Limit;
import org.jspecify.annotations.Nullable;

/**
 * What the library form sends for one image, as typed: its editorial metadata and its focal point in percent.
 * Uploads keep whatever their embedded metadata says; what a person types here is bounded ({@link #FIELDS}).
 */
public record ImageEdit(@Nullable String caption, @Nullable String altText, @Nullable String creditSource,
                        @Nullable String photographer, @Nullable String copyrightNotice, @Nullable String licenseUrl,
                        @Nullable String acquireLicenseUrl, @Nullable String focalX, @Nullable String focalY) {

    /** A field of the form: its label in messages and its length limit. */
    public record Field(String label, Limit limit) {
    }

    /** The typed fields' limits, by form field name. */
    public static final Map<String, Field> FIELDS = fields();

    /** The metadata, refused with {@link ImageRejected} naming the field when a field is too long or an address is not one. */
    public NewImage metadata() {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        values.put("caption", caption);
        values.put("altText", altText);
        values.put("creditSource", creditSource);
        values.put("photographer", photographer);
        values.put("copyrightNotice", copyrightNotice);
        values.put("licenseUrl", licenseUrl);
        values.put("acquireLicenseUrl", acquireLicenseUrl);
        FIELDS.forEach((name, field) -> {
            String value = values.get(name);
            if (field.limit().exceededBy(value)) {
                throw new ImageRejected(field.label() + ": " + field.limit().message(value));
            }
        });
        return new NewImage(caption, altText, new ImageCredit(creditSource, photographer), copyrightNotice, licenseUrl,
                acquireLicenseUrl);
    }

    /** The focal point across, as a fraction of the width. */
    public double focalFractionX() {
        return fraction(focalX);
    }

    /** The focal point down, as a fraction of the height. */
    public double focalFractionY() {
        return fraction(focalY);
    }

    private static double fraction(@Nullable String percent) {
        if (percent == null || !percent.strip().matches("[0-9]{1,3}(\\.[0-9]+)?")) {
            throw new ImageRejected("The focal point is given in percent, from 0 to 100");
        }
        return Math.min(100, Double.parseDouble(percent.strip())) / 100.0;
    }

    private static Map<String, Field> fields() {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("caption", new Field("Caption", new Limit(1_000)));
        fields.put("altText", new Field("Alt text", new Limit(300)));
        fields.put("creditSource", new Field("Credit", new Limit(200)));
        fields.put("photographer", new Field("Photographer", new Limit(200)));
        fields.put("copyrightNotice", new Field("Copyright notice", new Limit(500)));
        fields.put("licenseUrl", new Field("Licence address", new Limit(2_000)));
        fields.put("acquireLicenseUrl", new Field("Licence acquisition address", new Limit(2_000)));
        return java.util.Collections.unmodifiableMap(fields);
    }
}
