package news.dateline.imports.internal.ghost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import news.dateline.imports.internal.source.SourceException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a Ghost export with bounded Jackson limits: walks {@code {"db":[{"meta","data"}]}} (or the older top-level
 * {@code {"meta","data"}}) and hands each table of {@code data} to a visitor, never holding the file as a tree.
 * Jackson's errors become one plain sentence in a {@link SourceException}.
 */
final class GhostJson {

    static final int MAX_DEPTH = 200;
    static final int MAX_STRING = 16 * 1024 * 1024;
    static final int MAX_NUMBER = 100;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(1_000)
                    .build())
            .build()).build();

    /** Receives one table of the export's {@code data}: the parser stands on its START_ARRAY. */
    interface Tables {
        void table(String name, JsonParser parser);
    }

    private GhostJson() {
    }

    /** Parses a JSON text held inside the export (a post's {@code lexical} or {@code mobiledoc}) under the same limits. */
    static JsonNode tree(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            try {
                if (parser.nextToken() == null) {
                    throw new IllegalArgumentException("its body is empty");
                }
                JsonNode tree = GhostRow.read(parser);
                if (parser.nextToken() != null) {
                    throw new IllegalArgumentException("its body is not one JSON value (" + where(parser) + ")");
                }
                return tree;
            } catch (GhostRow.TooLarge e) {
                throw new IllegalArgumentException("its body " + e.getMessage(), e);
            } catch (JacksonException e) {
                throw new IllegalArgumentException("its body " + describe(e, parser), e);
            }
        }
    }

    /** Reads the value the parser stands on (a table row) as a tree, within {@link GhostRow}'s budget. */
    static JsonNode row(JsonParser parser) {
        try {
            return GhostRow.read(parser);
        } catch (GhostRow.TooLarge e) {
            throw new SourceException("The Ghost export was refused: one of its rows " + e.getMessage() + ".", e);
        }
    }

    /**
     * Walks the export once: {@code meta} objects go to {@code meta}, each table of {@code data} to {@code tables}
     * (which must consume it). Fails when the file has no {@code data} section at all.
     */
    static void walk(Path export, Consumer<JsonNode> meta, Tables tables) {
        try (InputStream in = Files.newInputStream(export); JsonParser parser = MAPPER.createParser(in)) {
            try {
                walk(parser, meta, tables);
            } catch (JacksonException e) {
                throw new SourceException("The Ghost export cannot be read: the file " + describe(e, parser) + ".", e);
            }
        } catch (JacksonException e) {
            throw new SourceException("The Ghost export cannot be read: the file " + describe(e, null) + ".", e);
        } catch (IOException e) {
            throw new SourceException("The Ghost export could not be read: " + e.getMessage(), e);
        }
    }

    private static void walk(JsonParser parser, Consumer<JsonNode> meta, Tables tables) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new SourceException("This is not a Ghost export: the file does not start with a JSON object.");
        }
        boolean data = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("db") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    data |= section(parser, meta, tables);
                }
                expect(parser, JsonToken.END_ARRAY, "the \"db\" list");
            } else if (name.equals("meta") && value == JsonToken.START_OBJECT) {
                meta.accept(row(parser));
            } else if (name.equals("data") && value == JsonToken.START_OBJECT) {
                data = true;
                dataTables(parser, tables);
            } else {
                parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            throw new SourceException("The Ghost export is malformed: unexpected content after the export object.");
        }
        if (!data) {
            throw new SourceException("This is not a Ghost export: it has no \"db\" list with a \"data\" section.");
        }
    }

    private static boolean section(JsonParser parser, Consumer<JsonNode> meta, Tables tables) {
        boolean data = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("meta") && value == JsonToken.START_OBJECT) {
                meta.accept(row(parser));
            } else if (name.equals("data") && value == JsonToken.START_OBJECT) {
                data = true;
                dataTables(parser, tables);
            } else {
                parser.skipChildren();
            }
        }
        return data;
    }

    private static void dataTables(JsonParser parser, Tables tables) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                tables.table(name, parser);
                expect(parser, JsonToken.END_ARRAY, "the \"" + name + "\" table");
            } else {
                parser.skipChildren();
            }
        }
    }

    /** Steps through a table's rows, handing each to {@code each}; fails on anything but a list of objects. */
    static void rows(JsonParser parser, String table, Consumer<JsonNode> each) {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            each.accept(row(parser));
        }
        if (token != JsonToken.END_ARRAY) {
            throw notRows(parser, table);
        }
    }

    /** Steps over a table's rows without reading them, checking each is a row; returns how many. */
    static int skipRows(JsonParser parser, String table) {
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            parser.skipChildren();
            count++;
        }
        if (token != JsonToken.END_ARRAY) {
            throw notRows(parser, table);
        }
        return count;
    }

    private static SourceException notRows(JsonParser parser, String table) {
        return new SourceException("The Ghost export is malformed: the \"" + table + "\" table holds something other"
                + " than rows (" + where(parser) + ").");
    }

    private static void expect(JsonParser parser, JsonToken token, String what) {
        if (parser.currentToken() != token) {
            throw new SourceException("The Ghost export is malformed: " + what + " does not end where it should ("
                    + where(parser) + ").");
        }
    }

    /** What is wrong, as a predicate: "is not valid JSON (line 3, column 7)". */
    static String describe(JacksonException e, @Nullable JsonParser parser) {
        TokenStreamLocation location = e.getLocation() != null ? e.getLocation()
                : parser != null ? parser.currentLocation() : null;
        String at = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return (message.contains("nesting depth") ? "is nested more than " + MAX_DEPTH + " levels deep"
                    : message.contains("Number") ? "holds a number longer than " + MAX_NUMBER + " digits"
                    : message.contains("Name") ? "holds a field name longer than 1,000 characters"
                    : message.contains("String") ? "holds a text longer than " + MAX_STRING / (1024 * 1024) + " MB"
                    : "goes beyond a safety limit") + at;
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return "is truncated: it ends in the middle of the JSON" + at;
        }
        return "is not valid JSON" + at;
    }

    private static String where(JsonParser parser) {
        var location = parser.currentLocation();
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
