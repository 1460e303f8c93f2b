package news.dateline.newsroom.web.staff;

import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/**
 * Turning on two-factor sign-in: the secret to add to an authenticator app (as an {@code otpauth://} URI and as
 * text to type, and as a QR code drawn here as inline SVG), and a field for the first code.
 *
 * @param required whether the site requires it of this account before anything else
 */
public record TwoFactorPage(NewsroomFrame frame, String secret, String groupedSecret, String uri, String qrSvg,
                            @Nullable String error, boolean required) {
}
