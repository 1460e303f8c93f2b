package news.dateline.platform;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The publication's settings ({@code dateline.site.*}).
 *
 * @param name                the publication's name, shown in the masthead and page titles
 * @param baseUrl             the public origin, used for canonical and share URLs (no trailing slash)
 * @param language            BCP 47 language tag of the content
 * @param timeZone            the zone in which dates are shown to readers (instants are stored in UTC)
 * @param imageCreditTemplate the credit line under an image; {@code {source}} is replaced by the credit source
 */
@ConfigurationProperties("dateline.site")
public record SiteSettings(String name, String baseUrl, String language, ZoneId timeZone, String imageCreditTemplate) {

    public SiteSettings {
        name = name == null || name.isBlank() ? "Dateline" : name.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
        language = language == null || language.isBlank() ? "en" : language.strip();
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        imageCreditTemplate = imageCreditTemplate == null || imageCreditTemplate.isBlank()
                ? "Disclaimer: This image is taken from {source}." : imageCreditTemplate;
    }

    /** The absolute URL of a site path such as {@code /world}. */
    public String absolute(String path) {
        return baseUrl + path;
    }

    /** The credit line for an image credited to {@code source}. */
    public String creditLine(String source) {
        return imageCreditTemplate.replace("{source}", source);
    }
}
