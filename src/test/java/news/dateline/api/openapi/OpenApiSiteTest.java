package news.dateline.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import news.dateline.support.OpenApiContract;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The served document and reference page, and the document against the application's own API mappings. */
class OpenApiSiteTest extends SiteTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentIsServedWithoutAKeyAndRevalidates() throws Exception {
        HttpResponse<String> response = get("/api/v1/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        OpenApiContract.merged().check("GET", "/api/v1/openapi.json", response);
        JsonNode document = JsonMapper.shared().readTree(response.body());
        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.path("servers").path(0).path("url").asString()).startsWith("http");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("public");

        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(url("/api/v1/openapi.json")))
                .header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        OpenApiContract.merged().check("GET", "/api/v1/openapi.json", again);
    }

    @Test
    void theReferencePageShowsEveryOperation() {
        HttpResponse<String> page = get("/api/v1/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        OpenApiContract.merged().check("GET", "/api/v1/docs", page);
        assertThat(page.body()).doesNotContain("<script");
        for (String path : documented()) {
            assertThat(page.body()).as(path).contains(path.substring(path.indexOf(' ') + 1));
        }
        assertThat(page.body()).contains("id=\"schema-Problem\"", "curl ");
    }

    @Test
    void everyApiMappingIsDocumentedAndEveryDocumentedOperationIsMapped() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> mapped.addAll(operations(info)));

        assertThat(documented()).as("documented but not mapped").containsExactlyInAnyOrderElementsOf(mapped);
    }

    private static Set<String> operations(RequestMappingInfo info) {
        Set<String> operations = new TreeSet<>();
        for (String pattern : info.getPatternValues()) {
            if (!pattern.startsWith("/api/v1/") || pattern.contains("/test-only/")) {
                continue;
            }
            String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                operations.add("ANY " + path);
            }
            methods.forEach(method -> operations.add(method.name() + " " + path));
        }
        return operations;
    }

    private static Set<String> documented() {
        Set<String> operations = new TreeSet<>();
        OpenApiContract.merged().document().path("paths").properties().forEach(path ->
                path.getValue().propertyNames().stream().filter(METHODS::contains).forEach(method ->
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }
}
