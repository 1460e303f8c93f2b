package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import news.dateline.support.SiteTest;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Nu Html Checker (the W3C's validator, run in-process) finds no errors on the public pages. */
class ValidHtmlTest extends SiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/world", PublicPagesTest.SEED, "/people/aditya-g-varma", "/no-such-page",
            "/business/container-freight-rates-fall-fourth-week"})
    void theNuHtmlCheckerReportsNoErrors(String path) throws Exception {
        String html = get(path).body();
        assertThat(html).contains("<main");
        assertThat(errorsIn(html)).as("Nu Html Checker errors on %s", path).isEmpty();
    }

    @Test
    void theCheckerDoesReportInvalidHtml() throws Exception {
        String invalid = "<!DOCTYPE html><html><head><title>x</title></head><body><img src=a.jpg><p><div></span></body></html>";
        assertThat(errorsIn(invalid)).isNotEmpty();
    }

    private static List<String> errorsIn(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return Arrays.stream(report.split("\n"))
                .filter(line -> line.contains("error:") || line.contains("fatal"))
                .toList();
    }
}
