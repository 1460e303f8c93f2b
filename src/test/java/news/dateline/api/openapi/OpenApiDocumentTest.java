package news.dateline.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The merger: fragments' paths and components land in one document; anything described twice is refused. */
class OpenApiDocumentTest {

    private static final JsonNode HEAD = json("""
            {"openapi": "3.1.0", "info": {"title": "Test", "version": "1"},
             "tags": [{"name": "Reference"}], "security": [{"bearer": []}],
             "paths": {"/api/v1/openapi.json": {"get": {"tags": ["Reference"], "responses": {"200": {"description": "OK"}}}}}}
            """);

    @Test
    void mergesPathsAndComponentsOfEveryFragment() {
        ObjectNode merged = OpenApiDocument.merge(HEAD, Map.of("desk.json", fixture("desk"),
                "problems.json", fixture("problems")));

        assertThat(merged.path("paths").propertyNames()).containsExactlyInAnyOrder("/api/v1/openapi.json",
                "/api/v1/desk/notes/{id}", "/api/v1/desk/notes");
        assertThat(merged.path("components").path("schemas").propertyNames())
                .containsExactlyInAnyOrder("DeskNote", "DeskPerson", "FixtureProblem");
        assertThat(merged.path("components").path("securitySchemes").has("bearer")).isTrue();
        assertThat(merged.path("tags").values().stream().map(tag -> tag.path("name").asString()))
                .containsExactly("Reference", "Desk");
        assertThat(HEAD.path("paths").propertyNames()).as("the head is left alone").hasSize(1);
    }

    @Test
    void theSameOperationTwiceIsRefused() {
        JsonNode again = json("""
                {"paths": {"/api/v1/desk/notes/{id}": {"get": {"responses": {"200": {"description": "Again"}}}}}}
                """);

        assertThatThrownBy(() -> OpenApiDocument.merge(HEAD, Map.of("desk.json", fixture("desk"), "zz.json", again)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /api/v1/desk/notes/{id}").hasMessageContaining("desk.json")
                .hasMessageContaining("zz.json");
    }

    @Test
    void anotherMethodOnTheSamePathIsMerged() {
        JsonNode delete = json("""
                {"paths": {"/api/v1/desk/notes/{id}": {"delete": {"responses": {"204": {"description": "Gone"}}}}}}
                """);

        ObjectNode merged = OpenApiDocument.merge(HEAD, Map.of("desk.json", fixture("desk"),
                "problems.json", fixture("problems"), "zz.json", delete));

        assertThat(merged.path("paths").path("/api/v1/desk/notes/{id}").propertyNames())
                .containsExactlyInAnyOrder("get", "delete");
    }

    @Test
    void aPathTheHeadDescribesIsRefusedInAFragment() {
        JsonNode clash = json("""
                {"paths": {"/api/v1/openapi.json": {"get": {"responses": {"200": {"description": "Mine"}}}}}}
                """);

        assertThatThrownBy(() -> OpenApiDocument.merge(HEAD, Map.of("clash.json", clash)))
                .hasMessageContaining("api/openapi.json").hasMessageContaining("clash.json");
    }

    @Test
    void theSameSchemaNameTwiceIsRefused() {
        JsonNode clash = json("""
                {"components": {"schemas": {"DeskPerson": {"type": "string"}}}}
                """);

        assertThatThrownBy(() -> OpenApiDocument.merge(HEAD, Map.of("desk.json", fixture("desk"), "other.json", clash)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schemas DeskPerson").hasMessageContaining("other.json");
    }

    @Test
    void aReferenceToASchemaNobodyWroteIsRefused() {
        assertThatThrownBy(() -> OpenApiDocument.merge(HEAD, Map.of("desk.json", fixture("desk"))))
                .as("desk.json's 404 names FixtureProblem, which problems.json holds")
                .hasMessageContaining("#/components/schemas/FixtureProblem");
    }

    @Test
    void aFragmentHoldsOnlyPathsAndComponents() {
        JsonNode info = json("""
                {"info": {"title": "Mine"}, "paths": {}}
                """);

        assertThatThrownBy(() -> OpenApiDocument.merge(HEAD, Map.of("info.json", info)))
                .hasMessageContaining("info.json").hasMessageContaining("info");
    }

    @Test
    void theApplicationsDocumentLoadsWithItsServer() {
        ObjectNode document = OpenApiDocument.load("https://news.example");

        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.path("servers").path(0).path("url").asString()).isEqualTo("https://news.example");
        assertThat(document.path("paths").has("/api/v1/openapi.json")).isTrue();
    }

    static JsonNode fixture(String name) {
        try (InputStream in = new ClassPathResource("openapi-fixture/" + name + ".json").getInputStream()) {
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
