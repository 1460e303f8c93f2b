package news.dateline.api.ninjs;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The IPTC's ninjs 3.1 JSON Schema ({@code src/test/resources/ninjs}, MIT licence beside it), offline: the GeoJSON
 * schema it refers to by web address resolves to an empty schema (places' geometry is not checked).
 */
final class NinjsSchema {

    static final String ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";
    private static final Schema SCHEMA = load();

    private NinjsSchema() {
    }

    /** The schema's complaints about {@code document}: empty when it is valid ninjs 3.1. */
    static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    static String resource(String path) {
        try (InputStream in = NinjsSchema.class.getResourceAsStream("/ninjs/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(ID, resource("ninjs-schema_3.1.json"),
                        "https://geojson.org/schema/GeoJSON.json", "{}")));
        return registry.getSchema(SchemaLocation.of(ID));
    }
}
