package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import news.dateline.support.SiteTest;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Nu Html Checker (the W3C's validator, run in-process) finds no errors on the public pages. */
class ValidHtmlTest extends SiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/world", PublicPagesTest.SEED, "/people/aditya-g-varma", "/no-such-page"})
    void theNuHtmlCheckerReportsNoErrors(String path) throws Exception {
        HttpResponse<String> response = get(path);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        List<String> errors = Arrays.stream(report.split("\n"))
                .filter(line -> line.contains("error:") || line.contains("fatal"))
                .toList();
        assertThat(errors).as("Nu Html Checker errors on %s", path).isEmpty();
    }
}
