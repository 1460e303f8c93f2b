package news.dateline.api.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The offline validator the story tests rely on accepts the IPTC's examples and refuses what is not ninjs 3.1. */
class NinjsSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"ap_image.json", "dpa_text.json", "imageLinkedRights.json", "ninjsExSimpleText_3.json",
            "ntb_text.json", "tt_text_image_3.json"})
    void theAgencyExamplesAreValid(String name) {
        assertThat(NinjsSchema.problems(JSON.readTree(NinjsSchema.resource("examples/" + name)))).isEmpty();
    }

    @Test
    void aDocumentWithoutUriOrWithAnUnknownPropertyIsNot() {
        ObjectNode document = (ObjectNode) JSON.readTree(NinjsSchema.resource("examples/dpa_text.json"));
        document.remove("uri");
        document.put("headline", "ninjs 1.x style");
        assertThat(NinjsSchema.problems(document)).hasSizeGreaterThanOrEqualTo(2);
    }
}
