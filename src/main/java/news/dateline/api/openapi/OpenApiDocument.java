package news.dateline.api.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's OpenAPI 3.1 document: the hand-written head ({@code api/openapi.json}) with every part's fragment
 * ({@code api/openapi/*.json}: only {@code paths} and {@code components}) merged in. Two fragments that describe the
 * same operation or name the same component, or a {@code $ref} to a component nobody wrote, are refused with an
 * {@link IllegalStateException} naming both sides, so the mistake stops the start-up (and the tests) instead of one
 * description silently replacing the other.
 */
public final class OpenApiDocument {

    public static final String HEAD = "api/openapi.json";
    public static final String FRAGMENTS = "classpath*:api/openapi/*.json";
    private static final Set<String> FRAGMENT_KEYS = Set.of("openapi", "paths", "components");
    private static final String SCHEMA_REF = "#/components/schemas/";

    private OpenApiDocument() {
    }

    /** The head and every fragment on the classpath, with the servers pointing at {@code baseUrl}. */
    public static ObjectNode load(String baseUrl) {
        ObjectNode head = (ObjectNode) read(new ClassPathResource(HEAD));
        Map<String, JsonNode> fragments = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(FRAGMENTS)) {
                String name = resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
                if (fragments.put(name, read(resource)) != null) {
                    throw new IllegalStateException("Two OpenAPI fragments are called " + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the OpenAPI fragments", e);
        }
        ObjectNode document = merge(head, fragments);
        ArrayNode servers = document.putArray("servers");
        servers.addObject().put("url", baseUrl).put("description", "This site");
        return document;
    }

    /** The head with the fragments (by file name, merged in name order) added; the head is not changed. */
    public static ObjectNode merge(JsonNode head, Map<String, JsonNode> fragments) {
        ObjectNode document = (ObjectNode) head.deepCopy();
        ObjectNode paths = document.has("paths") ? (ObjectNode) document.get("paths") : document.putObject("paths");
        ObjectNode components = document.has("components") ? (ObjectNode) document.get("components")
                : document.putObject("components");
        Map<String, String> owners = new TreeMap<>();
        new TreeMap<>(fragments).forEach((name, fragment) -> {
            for (String key : fragment.propertyNames()) {
                if (!FRAGMENT_KEYS.contains(key)) {
                    throw new IllegalStateException(name + " may hold only paths and components, not " + key);
                }
            }
            fragment.path("paths").properties().forEach(path -> {
                ObjectNode target = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey())
                        : paths.putObject(path.getKey());
                path.getValue().properties().forEach(operation -> {
                    String id = operation.getKey().toUpperCase() + " " + path.getKey();
                    refuseTwice(owners, "operation " + id, name, target.has(operation.getKey()));
                    target.set(operation.getKey(), operation.getValue().deepCopy());
                });
            });
            fragment.path("components").properties().forEach(kind -> {
                ObjectNode target = components.has(kind.getKey()) ? (ObjectNode) components.get(kind.getKey())
                        : components.putObject(kind.getKey());
                kind.getValue().properties().forEach(component -> {
                    String id = kind.getKey() + " " + component.getKey();
                    refuseTwice(owners, id, name, target.has(component.getKey()));
                    target.set(component.getKey(), component.getValue().deepCopy());
                });
            });
        });
        checkReferences(document, components.path("schemas"));
        addUsedTags(document);
        return document;
    }

    private static void refuseTwice(Map<String, String> owners, String what, String fragment, boolean present) {
        String before = owners.putIfAbsent(what, fragment);
        if (before != null || present) {
            throw new IllegalStateException("OpenAPI " + what + " is described twice: in "
                    + (before == null ? HEAD : before) + " and in " + fragment);
        }
    }

    private static void checkReferences(JsonNode node, JsonNode schemas) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(SCHEMA_REF)
                    && !schemas.has(ref.asString().substring(SCHEMA_REF.length()))) {
                throw new IllegalStateException("OpenAPI $ref to a schema nobody wrote: " + ref.asString());
            }
            node.values().forEach(child -> checkReferences(child, schemas));
        } else if (node.isArray()) {
            node.values().forEach(child -> checkReferences(child, schemas));
        }
    }

    /** Tags an operation uses but the head does not list are appended, so every operation has its group. */
    private static void addUsedTags(ObjectNode document) {
        ArrayNode tags = document.has("tags") ? (ArrayNode) document.get("tags") : document.putArray("tags");
        Set<String> known = new LinkedHashSet<>();
        tags.values().forEach(tag -> known.add(tag.path("name").asString()));
        List<String> used = new ArrayList<>();
        document.path("paths").values().forEach(path -> path.values().forEach(operation ->
                operation.path("tags").values().forEach(tag -> used.add(tag.asString()))));
        used.stream().filter(known::add).forEach(tag -> tags.addObject().put("name", tag));
    }

    private static JsonNode read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            JsonNode node = JsonMapper.shared().readTree(in);
            if (!node.isObject()) {
                throw new IllegalStateException(resource.getDescription() + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException(resource.getDescription() + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
