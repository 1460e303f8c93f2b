package news.dateline.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.api.openapi.SchemaText.Token;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What the reference page ({@code /api/v1/docs}) shows, read once from the merged document. */
public record ApiReference(String title, String summary, String description, String baseUrl, List<Group> groups,
                           List<Schema> schemas) {

    public record Group(String name, String description, List<Operation> operations) {
    }

    public record Operation(String anchor, String method, String path, String summary, String description,
                            String auth, List<Parameter> parameters, @Nullable Body request, List<Response> responses,
                            String curl) {
    }

    public record Parameter(String name, String in, boolean required, List<Token> type, String description) {
    }

    public record Body(String contentType, List<Token> schema) {
    }

    public record Response(String status, String description, String contentType, List<Token> schema) {
    }

    public record Schema(String name, String anchor, String description, List<Parameter> properties,
                         List<Token> shape) {
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    public static ApiReference of(JsonNode document) {
        JsonNode info = document.path("info");
        String baseUrl = document.path("servers").path(0).path("url").asString("");
        Map<String, Group> groups = new LinkedHashMap<>();
        document.path("tags").values().forEach(tag -> groups.put(tag.path("name").asString(),
                new Group(tag.path("name").asString(), tag.path("description").asString(""), new ArrayList<>())));
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            String tag = operation.path("tags").path(0).asString("Other");
            groups.computeIfAbsent(tag, name -> new Group(name, "", new ArrayList<>())).operations()
                    .add(operation(document, path.getKey(), entry.getKey(), operation, path.getValue(), baseUrl));
        }));
        List<Schema> schemas = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(schema ->
                schemas.add(schema(schema.getKey(), schema.getValue())));
        return new ApiReference(info.path("title").asString("API"), info.path("summary").asString(""),
                info.path("description").asString(""), baseUrl,
                groups.values().stream().filter(group -> !group.operations().isEmpty()).toList(), schemas);
    }

    private static Operation operation(JsonNode document, String path, String method, JsonNode operation,
                                       JsonNode pathItem, String baseUrl) {
        List<Parameter> parameters = new ArrayList<>();
        List<JsonNode> declared = new ArrayList<>();
        pathItem.path("parameters").values().forEach(declared::add);
        operation.path("parameters").values().forEach(declared::add);
        for (JsonNode parameter : declared) {
            parameter = resolve(document, parameter);
            parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                    parameter.path("required").asBoolean(false), SchemaText.of(parameter.get("schema")),
                    parameter.path("description").asString("")));
        }
        Body request = null;
        var body = resolve(document, operation.path("requestBody")).path("content").properties();
        if (!body.isEmpty()) {
            var first = body.iterator().next();
            request = new Body(first.getKey(), SchemaText.of(first.getValue().get("schema")));
        }
        List<Response> responses = new ArrayList<>();
        operation.path("responses").properties().forEach(response -> {
            JsonNode value = resolve(document, response.getValue());
            var content = value.path("content").properties();
            var first = content.isEmpty() ? null : content.iterator().next();
            responses.add(new Response(response.getKey(), value.path("description").asString(""),
                    first == null ? "" : first.getKey(),
                    first == null ? List.of() : SchemaText.of(first.getValue().get("schema"))));
        });
        JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
        List<String> schemes = new ArrayList<>();
        security.values().forEach(requirement -> schemes.addAll(requirement.propertyNames()));
        String auth = schemes.isEmpty() ? "None" : String.join(" or ", schemes.stream().map(scheme ->
                scheme.equals("bearer") ? "Authorization: Bearer" : scheme.equals("key") ? "?key=" : scheme)
                .distinct().toList());
        return new Operation(method + "-" + path.replaceAll("[^A-Za-z0-9]+", "-"), method.toUpperCase(), path,
                operation.path("summary").asString(""), operation.path("description").asString(""), auth,
                parameters, request, responses, Curl.of(baseUrl, method, path, parameters, request,
                        !schemes.isEmpty()));
    }


    private static Schema schema(String name, JsonNode schema) {
        List<Parameter> properties = new ArrayList<>();
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").values().forEach(each -> required.add(each.asString()));
        schema.path("properties").properties().forEach(property -> properties.add(new Parameter(property.getKey(),
                "", required.contains(property.getKey()), SchemaText.of(property.getValue()),
                property.getValue().path("description").asString(""))));
        return new Schema(name, SchemaText.anchor(name), schema.path("description").asString(""), properties,
                properties.isEmpty() ? SchemaText.of(schema) : List.of());
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.asString().startsWith("#/")) {
            return node;
        }
        return document.at(ref.asString().substring(1));
    }
}
