package news.dateline.api.openapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import news.dateline.platform.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The merged OpenAPI document and its readable reference page; both open to anyone, both built once at start. */
@Controller
class OpenApiController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final byte[] json;
    private final String etag;
    private final ApiReference reference;

    OpenApiController(SiteSettings settings) {
        ObjectNode document = OpenApiDocument.load(settings.baseUrl());
        this.json = JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(document)
                .getBytes(StandardCharsets.UTF_8);
        this.etag = "\"" + digest(json) + "\"";
        this.reference = ApiReference.of(document);
    }

    @GetMapping("/api/v1/openapi.json")
    @Nullable ResponseEntity<byte[]> document(WebRequest request) {
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CACHE).eTag(etag).body(json);
    }

    @GetMapping("/api/v1/docs")
    String reference(Model model) {
        model.addAttribute("reference", reference);
        return "api/docs";
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
