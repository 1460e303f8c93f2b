package news.dateline.api.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.support.Newsdesk;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Real answers have the shape the OpenAPI fragment ({@code api/openapi/content.json}) gives them: every object's
 * fields are among its schema's properties, the required ones are all there, types match. A light check of its own
 * until the merged document's validator ({@code support/OpenApiContract}) is at hand.
 */
class ContentShapeTest extends ContentApiTestBase {

    private static final JsonNode SCHEMAS = fragment().get("components").get("schemas");

    @Test
    void answersMatchTheirSchemas() {
        Newsdesk desk = newsdesk();
        String tag = "shape" + System.nanoTime();
        Article story = desk.workflow().publish(desk.draft(desk.section().id(), "Shape Zoë " + System.nanoTime(),
                "Standfirst", "Body.", List.of(desk.reporter().id()), List.of(tag)).id());

        check(ok("/api/v1/stories?tag=" + tag), "ContentStoryList");
        check(ok("/api/v1/stories?limit=3"), "ContentStoryList");
        check(ok("/api/v1/stories/" + story.id()), "ContentStory");
        check(ok("/api/v1/sections"), "ContentSectionList");
        check(ok("/api/v1/people"), "ContentPersonList");
        check(ok("/api/v1/tags"), "ContentTagList");
        check(ok("/api/v1/pages"), "ContentPageList");
        check(ok("/api/v1/search?q=news"), "ContentSearchResults");
    }

    private static void check(JsonNode value, String schema) {
        List<String> problems = new ArrayList<>();
        check(value, SCHEMAS.get(schema), schema, problems);
        assertThat(problems).as(schema).isEmpty();
    }

    private static void check(JsonNode value, JsonNode schema, String at, List<String> problems) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            check(value, SCHEMAS.get(name), at, problems);
            return;
        }
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.get("oneOf")) {
                List<String> found = new ArrayList<>();
                check(value, option, at, found);
                if (found.isEmpty()) {
                    return;
                }
            }
            problems.add(at + ": matches none of its options");
            return;
        }
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else {
            types.add(type.asString());
        }
        String actual = value.isNull() ? "null" : value.isObject() ? "object" : value.isArray() ? "array"
                : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "string";
        if (!types.contains(actual)) {
            problems.add(at + ": " + actual + " where " + types + " was expected");
            return;
        }
        if (actual.equals("object")) {
            JsonNode properties = schema.get("properties");
            value.propertyNames().forEach(name -> {
                if (!properties.has(name)) {
                    problems.add(at + "." + name + ": not in the schema");
                } else {
                    check(value.get(name), properties.get(name), at + "." + name, problems);
                }
            });
            if (schema.has("required")) {
                schema.get("required").forEach(name -> {
                    if (!value.has(name.asString())) {
                        problems.add(at + "." + name.asString() + ": missing");
                    }
                });
            }
        } else if (actual.equals("array")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), at + "[" + i + "]", problems);
            }
        }
    }

    private static JsonNode fragment() {
        try (InputStream in = ContentShapeTest.class.getResourceAsStream("/api/openapi/content.json")) {
            return JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
