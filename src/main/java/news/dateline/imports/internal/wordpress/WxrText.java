package news.dateline.imports.internal.wordpress;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.jsoup.Jsoup;

/** Text as WXR holds it: percent-encoded slugs, HTML in plain fields. */
final class WxrText {

    private WxrText() {
    }

    /**
     * A percent-encoded slug ({@code %d0%ba%d0%b8...}) as text. WordPress cuts long slugs at 200 bytes, which may split
     * a character: such a broken tail is dropped, as is anything that is not UTF-8. A slug without escapes is returned
     * as it is.
     */
    static String decoded(String slug) {
        if (slug.indexOf('%') < 0) {
            return slug;
        }
        var bytes = new ByteArrayOutputStream(slug.length());
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (c == '%' && i + 2 < slug.length() && isHex(slug.charAt(i + 1)) && isHex(slug.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(slug, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.IGNORE).onUnmappableCharacter(CodingErrorAction.IGNORE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return slug;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Plain text of a field that may hold a little HTML (captions, descriptions), whitespace collapsed. */
    static String plain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip().replaceAll("\\s+", " ");
        }
        return Jsoup.parseBodyFragment(html).text().strip();
    }
}
