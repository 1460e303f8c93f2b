package news.dateline.imports.internal.ghost;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one row of a table (or the {@code meta} object) as a tree, within a budget: Jackson bounds each value, this
 * bounds their sum, so a hostile row with millions of fields or many large texts is refused instead of filling the
 * heap. A real post row (its Lexical, HTML and plain text) stays far below.
 */
final class GhostRow {

    static final long MAX_CHARS = 64L * 1024 * 1024;
    static final int MAX_VALUES = 1_000_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A row beyond the budget; the message is a predicate ("holds more than ..."). */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    private long chars;
    private int values;

    private GhostRow() {
    }

    /**
     * The value the parser stands on, as a tree; the parser is left on its last token.
     *
     * @throws TooLarge when the value goes beyond the budget (the message is a predicate: "holds ...")
     */
    static JsonNode read(JsonParser parser) {
        return new GhostRow().value(parser);
    }

    private JsonNode value(JsonParser parser) {
        if (++values > MAX_VALUES) {
            throw refused(parser, "holds more than " + MAX_VALUES + " values");
        }
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw refused(parser, "is truncated");
        }
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.stringNode(count(parser, parser.getString()));
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw refused(parser, "is malformed");
        };
    }

    private ObjectNode object(JsonParser parser) {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = count(parser, parser.currentName());
            parser.nextToken();
            object.set(name, value(parser));
        }
        return object;
    }

    private ArrayNode array(JsonParser parser) {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }

    private String count(JsonParser parser, String text) {
        chars += text.length();
        if (chars > MAX_CHARS) {
            throw refused(parser, "holds more than " + MAX_CHARS / (1024 * 1024) + " MB of text");
        }
        return text;
    }

    private static TooLarge refused(JsonParser parser, String what) {
        var at = parser.currentLocation();
        return new TooLarge(what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }
}
