package news.dateline.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import news.dateline.support.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The contract check accepts an answer that fits its documented schema and names what is wrong with one that does not. */
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.of(OpenApiDocument.merge(
            OpenApiDocumentTest.json("""
                    {"openapi": "3.1.0", "info": {"title": "Test", "version": "1"}, "paths": {}}
                    """),
            Map.of("desk.json", OpenApiDocumentTest.fixture("desk"),
                    "problems.json", OpenApiDocumentTest.fixture("problems"))));

    private static final String NOTE = """
            {"id": 7, "headline": "Zoë Ångström: «Привет», مرحبا", "byline": {"name": "Zoë"}, "hero": null,
             "filedAt": "2025-05-08T09:30:00Z"}
            """;

    @Test
    void acceptsABodyThatFitsItsSchema() {
        CONTRACT.check("GET", "/api/v1/desk/notes/{id}", 200, "application/json;charset=UTF-8", NOTE);
        CONTRACT.check("get", "/api/v1/desk/notes/{id}", 404, "application/problem+json",
                "{\"title\": \"Not found\", \"status\": 404}");
    }

    @Test
    void namesWhatIsWrongWithABodyThatDoesNotFit() {
        String wrong = """
                {"id": "seven", "headline": "", "byline": {}, "hero": 3, "extra": true, "filedAt": "2025-05-08T09:30:00Z"}
                """;

        assertThat(String.join("\n", CONTRACT.problems("GET", "/api/v1/desk/notes/{id}", 200, "application/json",
                wrong))).contains("/id", "/headline", "/byline", "name", "/hero", "extra");
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/v1/desk/notes/{id}", 200, "application/json", wrong))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GET /api/v1/desk/notes/{id}");
    }

    @Test
    void refusesWhatTheDocumentDoesNotDescribe() {
        assertThat(CONTRACT.problems("DELETE", "/api/v1/desk/notes/{id}", 200, "application/json", NOTE))
                .singleElement().asString().contains("not documented");
        assertThat(CONTRACT.problems("GET", "/api/v1/desk/notes/{id}", 500, "application/json", NOTE))
                .singleElement().asString().contains("status 500");
        assertThat(CONTRACT.problems("GET", "/api/v1/desk/notes/{id}", 200, "text/html", "<p>"))
                .singleElement().asString().contains("text/html");
        assertThat(CONTRACT.problems("GET", "/api/v1/desk/notes/{id}", 200, "application/json", "{not json"))
                .singleElement().asString().contains("not JSON");
    }
}
