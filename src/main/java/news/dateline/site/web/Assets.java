package news.dateline.site.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * URLs of the stylesheet and script, versioned by content so browsers and CDNs may cache them for a year.
 */
@Component
class Assets {

    private final String stylesheet = versioned("site.css");
    private final String script = versioned("site.js");
    private final AssetLinks links = new AssetLinks(stylesheet, script);

    String stylesheet() {
        return stylesheet;
    }

    String script() {
        return script;
    }

    /** Both, as every page links them. */
    AssetLinks links() {
        return links;
    }

    private static String versioned(String file) {
        var resource = new ClassPathResource("static/assets/" + file);
        try (InputStream in = resource.getInputStream()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return "/assets/" + file + "?v=" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing site asset " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
