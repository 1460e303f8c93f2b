package news.dateline.support;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.dateline.api.openapi.OpenApiDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Checks a real answer against the merged OpenAPI document: the operation ({@code GET /api/v1/stories/{id}}) and
 * its status must be documented, the content type must be one the status documents, and the body must validate
 * against that content's schema (JSON Schema 2020-12, {@code $ref}s into {@code #/components/schemas} resolved).
 * <pre>{@code
 * var response = get("/api/v1/stories/" + id);
 * OpenApiContract.merged().check("GET", "/api/v1/stories/{id}", response);
 * }</pre>
 */
public final class OpenApiContract {

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static @Nullable OpenApiContract merged;

    private final JsonNode document;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    /** The document the application serves (head and every fragment on the classpath). */
    public static synchronized OpenApiContract merged() {
        if (merged == null) {
            merged = new OpenApiContract(OpenApiDocument.load("http://localhost:8080"));
        }
        return merged;
    }

    /** A contract over any OpenAPI 3.1 document (a test's fixture). */
    public static OpenApiContract of(JsonNode document) {
        return new OpenApiContract(document);
    }

    public JsonNode document() {
        return document;
    }

    /** Fails (AssertionError) unless the response is documented and its body fits the documented schema. */
    public void check(String method, String pathTemplate, HttpResponse<String> response) {
        check(method, pathTemplate, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** Fails (AssertionError) unless the answer is documented and its body fits the documented schema. */
    public void check(String method, String pathTemplate, int status, String contentType, String body) {
        List<String> problems = problems(method, pathTemplate, status, contentType, body);
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + pathTemplate + " → " + status + " " + contentType
                    + " does not match the OpenAPI document:\n  " + String.join("\n  ", problems)
                    + "\nbody: " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
        }
    }

    /** What is wrong with the answer; empty when it matches. */
    public List<String> problems(String method, String pathTemplate, int status, String contentType, String body) {
        JsonNode operation = document.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of("operation " + method + " " + pathTemplate + " is not documented");
        }
        JsonNode responses = operation.path("responses");
        String code = Integer.toString(status);
        String key = responses.has(code) ? code : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of("status " + status + " is not documented (documented: " + responses.propertyNames() + ")");
        }
        JsonNode content = resolve(responses.get(key)).path("content");
        if (content.isEmpty()) {
            return body.isEmpty() ? List.of() : List.of("status " + status + " documents no body but one came");
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!content.has(media)) {
            return List.of("content type '" + media + "' is not documented for " + status
                    + " (documented: " + content.propertyNames() + ")");
        }
        JsonNode instance;
        try {
            instance = media.endsWith("json") ? JsonMapper.shared().readTree(body) : StringNode.valueOf(body);
        } catch (JacksonException e) {
            return List.of("body is not JSON: " + e.getOriginalMessage());
        }
        Schema schema = schemas.computeIfAbsent(method + " " + pathTemplate + " " + key + " " + media,
                ignored -> compile(content.path(media).path("schema")));
        List<String> problems = new ArrayList<>();
        schema.validate(instance).forEach(error -> problems.add(error.toString()));
        return problems;
    }

    /** A standalone 2020-12 schema: the operation's schema with every component schema under {@code $defs}. */
    private Schema compile(JsonNode schema) {
        ObjectNode standalone = schema.isObject() ? (ObjectNode) schema.deepCopy() : JsonMapper.shared().createObjectNode();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.set("$defs", document.path("components").path("schemas").deepCopy());
        return REGISTRY.getSchema(rewriteReferences(standalone));
    }

    private static JsonNode rewriteReferences(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(SCHEMA_REF)) {
                object.put("$ref", "#/$defs/" + ref.asString().substring(SCHEMA_REF.length()));
            }
            object.values().forEach(OpenApiContract::rewriteReferences);
        } else if (node.isArray()) {
            node.values().forEach(OpenApiContract::rewriteReferences);
        }
        return node;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref != null && ref.asString().startsWith("#/") ? document.at(ref.asString().substring(1)) : node;
    }
}
