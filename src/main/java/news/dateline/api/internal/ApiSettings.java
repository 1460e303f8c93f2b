package news.dateline.api.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code dateline.api.*}: requests per minute per key (each key may have its own limit, set on the Integrations
 * screen or through the facade) and the largest request bodies.
 *
 * @param rateLimit  the default limits of Content API keys and Admin API tokens
 * @param maxJson    the largest JSON (or other non-upload) request body
 * @param maxUpload  the largest upload body ({@code multipart/*}, {@code image/*}, {@code application/octet-stream})
 */
@ConfigurationProperties("dateline.api")
record ApiSettings(@DefaultValue RateLimit rateLimit, @DefaultValue("1MB") DataSize maxJson,
                   @DefaultValue("30MB") DataSize maxUpload) {

    /** Requests per minute (a burst of that many, refilled evenly over the minute). */
    record RateLimit(@DefaultValue("600") int content, @DefaultValue("300") int admin) {
    }
}
