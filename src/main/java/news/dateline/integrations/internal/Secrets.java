package news.dateline.integrations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import news.dateline.integrations.IntegrationKind;

/** Makes secrets ({@code dlc_}/{@code dla_} and 40 random base62 characters) and the hashes that are kept of them. */
public final class Secrets {

    /** Random characters after the prefix: 40 × log2(62) ≈ 238 bits. */
    public static final int RANDOM_LENGTH = 40;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String issue(IntegrationKind kind) {
        StringBuilder secret = new StringBuilder(kind.prefix());
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            secret.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return secret.toString();
    }

    /** Whether {@code token} looks like a secret Dateline makes (checked before any lookup). */
    public static boolean wellFormed(String token) {
        if (token.length() != 4 + RANDOM_LENGTH || !(token.startsWith("dlc_") || token.startsWith("dla_"))) {
            return false;
        }
        for (int i = 4; i < token.length(); i++) {
            if (BASE62.indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the secret, in hex: what the database keeps. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hint(String token) {
        return token.substring(token.length() - 4);
    }
}
