package news.dateline.api.openapi;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema written compactly for the reference page: {@code [ContentImage]}, {@code string (date-time) | null},
 * {@code "draft" | "published"}; a named schema becomes a link to its entry further down the page.
 */
public final class SchemaText {

    /** One piece of the text; {@code href} is set when it names a schema of the document. */
    public record Token(String text, @Nullable String href) {
    }

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final int DEPTH = 3;

    private SchemaText() {
    }

    public static List<Token> of(@Nullable JsonNode schema) {
        List<Token> tokens = new ArrayList<>();
        write(schema, tokens, 0);
        return List.copyOf(tokens);
    }

    /** The anchor of a named schema's entry on the page. */
    public static String anchor(String schema) {
        return "schema-" + schema;
    }

    private static void write(@Nullable JsonNode schema, List<Token> out, int depth) {
        if (schema == null || schema.isMissingNode() || schema.isNull() || schema.isEmpty()) {
            out.add(new Token("any", null));
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            String name = ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : ref;
            out.add(new Token(name, ref.startsWith(SCHEMA_REF) ? "#" + anchor(name) : null));
            return;
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combinator)) {
                String joint = combinator.equals("allOf") ? " & " : " | ";
                boolean first = true;
                for (JsonNode option : schema.get(combinator).values()) {
                    if (!first) {
                        out.add(new Token(joint, null));
                    }
                    write(option, out, depth + 1);
                    first = false;
                }
                return;
            }
        }
        if (schema.has("const")) {
            out.add(new Token(schema.get("const").toString(), null));
            return;
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").values().forEach(value -> values.add(value.toString()));
            out.add(new Token(String.join(" | ", values), null));
            return;
        }
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            type.values().forEach(each -> types.add(each.asString()));
        } else if (type != null) {
            types.add(type.asString());
        } else {
            types.add(schema.has("properties") ? "object" : "any");
        }
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                out.add(new Token(" | ", null));
            }
            writeType(types.get(i), schema, out, depth);
        }
    }

    private static void writeType(String type, JsonNode schema, List<Token> out, int depth) {
        switch (type) {
            case "array" -> {
                out.add(new Token("[", null));
                write(schema.get("items"), out, depth + 1);
                out.add(new Token("]", null));
            }
            case "object" -> {
                JsonNode properties = schema.path("properties");
                if (properties.isEmpty() || depth >= DEPTH) {
                    JsonNode more = schema.get("additionalProperties");
                    if (more != null && more.isObject()) {
                        out.add(new Token("{ name: ", null));
                        write(more, out, depth + 1);
                        out.add(new Token(" }", null));
                    } else {
                        out.add(new Token("object", null));
                    }
                    return;
                }
                out.add(new Token("{ ", null));
                boolean first = true;
                for (var property : properties.properties()) {
                    out.add(new Token((first ? "" : ", ") + property.getKey() + ": ", null));
                    write(property.getValue(), out, depth + 1);
                    first = false;
                }
                out.add(new Token(" }", null));
            }
            default -> {
                String format = schema.path("format").asString("");
                out.add(new Token(format.isEmpty() ? type : type + " (" + format + ")", null));
            }
        }
    }
}
