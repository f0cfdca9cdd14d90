package nl.pestprotocol.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.pestprotocol.common.PestprotocolConfig;

/**
 * Keeps webhooks from reaching into the school's own network (SSRF): a receiver URL must be https and
 * resolve only to public addresses, unless the configured allow-list names its host (on-premise
 * receivers, tests; those may use http). Checked when a subscription is saved and again before every
 * attempt, because a name can resolve elsewhere later (DNS rebinding). The HTTP client resolves the
 * name once more when it connects; the window between the two look-ups is what remains.
 */
@ApplicationScoped
public class ReceiverGuard {

    /** Why a URL may not receive events; {@code code} is stable. */
    public record Refusal(String code, String message) {
    }

    private final Set<String> allowed;

    @Inject
    public ReceiverGuard(PestprotocolConfig config) {
        this(config.webhooks().allowedHosts().orElse(List.of()));
    }

    ReceiverGuard(List<String> allowedHosts) {
        this.allowed = allowedHosts.stream().map(h -> stripBrackets(h.trim()).toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toSet());
    }

    public Optional<Refusal> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return refuse("webhook-url-invalid", "The URL is not a valid absolute URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : stripBrackets(uri.getHost()).toLowerCase(Locale.ROOT);
        if (host == null || uri.getUserInfo() != null || uri.getFragment() != null || !uri.isAbsolute()) {
            return refuse("webhook-url-invalid", "The URL must be absolute, with a host, without user info or fragment.");
        }
        boolean allowListed = allowed.contains(host);
        if (!scheme.equals("https") && !(allowListed && scheme.equals("http"))) {
            return refuse("webhook-url-not-https", "Webhook receivers must use https.");
        }
        if (allowListed) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return refuse("webhook-url-unresolvable", "The host of the URL does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && !allowed.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
                return refuse("webhook-url-not-public", "The URL resolves to a loopback, private or link-local address;"
                        + " only hosts on the service's allow-list may.");
            }
        }
        return Optional.empty();
    }

    /** Public unicast: not loopback, private (RFC 1918, fc00::/7), link-local, CGNAT, unspecified or multicast. */
    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (isMappedV4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128) // 100.64/10 carrier-grade NAT
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && first < 224;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static Optional<Refusal> refuse(String code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
