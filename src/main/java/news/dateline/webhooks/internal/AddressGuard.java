package news.dateline.webhooks.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import news.dateline.webhooks.WebhookException;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks out of the newsroom's own network (SSRF): a URL must be http(s) with a host, and every address the
 * host resolves to must be public (not loopback, private, unique-local, link-local — cloud metadata lives at
 * 169.254.169.254 —, unspecified, multicast or carrier-grade NAT), unless the endpoint allows private networks. The
 * sender connects to the very address checked here, so a DNS answer that changes in between cannot redirect it.
 */
@Component
public class AddressGuard {

    /** Where to send: the URL's parts and the address checked. */
    public record Target(URI uri, boolean https, String host, int port, InetAddress address) {
    }

    /** The target of {@code url}, or a {@link WebhookException} (field {@code url}) saying why not. */
    public Target check(String url, boolean allowPrivateNetwork) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new WebhookException("url", "Use an https:// address");
        }
        if (scheme.equals("http") && !allowPrivateNetwork) {
            throw new WebhookException("url", "Use an https:// address (plain http only with private network allowed)");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getUserInfo() != null) {
            throw new WebhookException("url", "Give the receiver's address with a host name, without user or password");
        }
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException | SecurityException e) {
            throw new WebhookException("url", "The host " + host + " cannot be found");
        }
        if (!allowPrivateNetwork) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new WebhookException("url", "The host " + host + " is in a private network ("
                            + address.getHostAddress() + "); webhooks go to public addresses only");
                }
            }
        }
        return new Target(uri, scheme.equals("https"), host, port, addresses[0]);
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!uri.isAbsolute() || url.length() > 2000) {
                throw new WebhookException("url", "Give a full address such as https://example.com/hooks/dateline");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new WebhookException("url", "That is not a valid address");
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && first < 240;
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
                return false;
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
