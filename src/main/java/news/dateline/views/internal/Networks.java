package news.dateline.views.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The network a client address stands for: an IPv4 address itself, an IPv6 address its /64 prefix. */
final class Networks {

    private Networks() {
    }

    /** {@code 2001:db8:1:2::/64} for any address in that network; IPv4 (also IPv4-mapped) and anything else as given. */
    static String of(@Nullable String address) {
        if (address == null) {
            return "";
        }
        String text = address.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        int zone = text.indexOf('%');
        if (zone >= 0) {
            text = text.substring(0, zone);
        }
        if (text.indexOf(':') < 0 || text.indexOf('.') >= 0) {
            return text.indexOf('.') >= 0 ? text.substring(text.lastIndexOf(':') + 1) : text;
        }
        String[] groups = expand(text);
        if (groups == null) {
            return text;
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            prefix.append(Integer.toHexString(Integer.parseInt(groups[i], 16))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** The eight groups of an IPv6 address in text form, or null when it is not one. */
    private static String @Nullable [] expand(String text) {
        String[] groups = new String[8];
        int split = text.indexOf("::");
        String[] head = split < 0 ? text.split(":", -1) : parts(text.substring(0, split));
        String[] tail = split < 0 ? new String[0] : parts(text.substring(split + 2));
        if (head.length + tail.length > (split < 0 ? 8 : 7) || (split < 0 && head.length != 8)) {
            return null;
        }
        java.util.Arrays.fill(groups, "0");
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
        for (String group : groups) {
            if (!group.toLowerCase(Locale.ROOT).matches("[0-9a-f]{1,4}")) {
                return null;
            }
        }
        return groups;
    }

    private static String[] parts(String side) {
        return side.isEmpty() ? new String[0] : side.split(":", -1);
    }
}
