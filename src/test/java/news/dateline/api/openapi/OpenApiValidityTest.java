package news.dateline.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The document the application serves is valid OpenAPI 3.1, as an independent parser reads it. */
class OpenApiValidityTest {

    @Test
    void theMergedDocumentIsValidOpenApi31() {
        String json = JsonMapper.shared().writeValueAsString(OpenApiDocument.load("https://news.example"));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getSpecVersion().name()).isEqualTo("V31");
        assertThat(result.getOpenAPI().getPaths()).containsKey("/api/v1/openapi.json");
    }
}
