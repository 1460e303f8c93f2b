package news.dateline.api.internal;

import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's JSON converter, reading API request bodies strictly: a field the API does not know, or anything
 * after the JSON value, is refused (400 naming the field) rather than silently ignored. Other requests read as before.
 */
final class StrictApiJson extends JacksonJsonHttpMessageConverter {

    StrictApiJson(JsonMapper mapper) {
        super(mapper);
    }

    @Override
    protected ObjectReader customizeReader(ObjectReader reader, JavaType type) {
        ObjectReader customized = super.customizeReader(reader, type);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && ApiPaths.api(attributes.getRequest())) {
            return customized.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
        return customized;
    }
}
