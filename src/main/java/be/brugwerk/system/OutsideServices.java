package be.brugwerk.system;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The rules for the servers outside Brugwerk that an organisation points it at (an Overpass server, a geocoder): the
 * server itself calls them, so an address typed by an organisation must never make it call into the network it runs
 * in (server-side request forgery). At save time only an {@code https} address of a host, without user info, is
 * accepted, and not one whose host is written as a private address or is a private name ({@link #checkUrl}); right
 * before each call every address the host resolves to must be public
 * ({@link #checkPublic}): no loopback, private, link-local, carrier-grade shared, unique-local, multicast or
 * unspecified address. The HTTP clients follow no redirects, so an answer cannot send the call elsewhere.
 *
 * <p>{@code brugwerk.outside-services.allow-local=true} lets tests use a server on this machine: then plain
 * {@code http} is accepted for a loopback host, and loopback addresses pass. It is set in tests only, never in
 * production (docs/neighbourhood.md).
 *
 * @param allowLocal whether a server on this machine (loopback) may be used
 */
public record OutsideServices(boolean allowLocal) {

    /** The longest address kept. */
    public static final int MAX_URL = 300;

    /**
     * Endings of names that mean a private network wherever they are used: mDNS (RFC 6762), the home network (RFC
     * 8375), ICANN's {@code .internal}, and the {@code .lan} and {@code .corp} that routers and companies use.
     */
    private static final List<String> PRIVATE_SUFFIXES = List.of(".local", ".internal", ".lan", ".home.arpa", ".corp");

    /**
     * The address as typed, stripped, or null when blank.
     *
     * @throws Refusal on {@code field} when it is not an https address of a host without user info
     *     ({@code outside.httpsOnly}, {@code outside.urlInvalid}), or when its host is written as an address inside
     *     the network or is a private name ({@code outside.notPublic}); no name server is asked
     */
    public String checkUrl(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String url = typed.strip();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException notAUri) {
            throw new Refusal(field, "outside.urlInvalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Refusal(field, "outside.httpsOnly");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || url.length() > MAX_URL || uri.getFragment() != null) {
            throw new Refusal(field, "outside.urlInvalid");
        }
        boolean localTestServer = allowLocal && scheme.equals("http") && loopbackName(uri.getHost());
        if (!scheme.equals("https") && !localTestServer) {
            throw new Refusal(field, "outside.httpsOnly");
        }
        if (!localTestServer && namesInside(uri.getHost())) {
            throw new Refusal(field, "outside.notPublic");
        }
        return url;
    }

    /**
     * Whether a host, as written and without asking any name server, is inside the network: an address literal that
     * {@link #isPublic} refuses, or a name that only ever means this machine or a private network ({@code localhost},
     * {@code *.localhost}, {@code *.local}, {@code *.internal}, {@code *.lan}, {@code *.home.arpa}, {@code *.corp}).
     * Any other name may still resolve to a private address, now or later: {@link #checkPublic} decides that right
     * before each call.
     */
    private boolean namesInside(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1); // a fully qualified name: "localhost." is localhost
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return !allowLocal;
        }
        for (String suffix : PRIVATE_SUFFIXES) {
            if (h.endsWith(suffix)) {
                return true;
            }
        }
        InetAddress literal = literal(h);
        return literal != null && !isPublic(literal) && !(allowLocal && literal.isLoopbackAddress());
    }

    /**
     * The address a host written as a literal stands for ({@code 10.0.0.1}, {@code [fd00::1]}), never looked up; null
     * for a name. {@link URI} takes no other numeric form as a host.
     */
    private static InetAddress literal(String host) {
        try {
            if (host.startsWith("[") && host.endsWith("]")) {
                return InetAddress.getByName(host); // an IPv6 literal is parsed, never looked up
            }
            String[] parts = host.split("\\.", -1);
            if (parts.length != 4) {
                return null;
            }
            byte[] address = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                    return null;
                }
                address[i] = (byte) Integer.parseInt(parts[i]);
            }
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException notALiteral) {
            return null;
        }
    }

    /** A client for outside servers: it gives up connecting after {@code connectTimeout} and follows no redirect. */
    public HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Checks, right before a call, that every address {@code uri}'s host resolves to is a public one.
     *
     * @throws Refusal on {@code field}: {@code outside.notPublic} for a host inside the network,
     *     {@code outside.unreachable} for one that does not resolve
     */
    public void checkPublic(String field, URI uri) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException | SecurityException unknown) {
            throw new Refusal(field, "outside.unreachable");
        }
        for (InetAddress address : addresses) {
            boolean local = allowLocal && address.isLoopbackAddress();
            if (!local && !isPublic(address)) {
                throw new Refusal(field, "outside.notPublic");
            }
        }
    }

    /** Whether an address is one of the public internet's, rather than of this machine or a private network. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, RFC 6598
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking, RFC 2544
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc; // fc00::/7, RFC 4193
            boolean siteLocal = first == 0xfe && (b[1] & 0xc0) == 0xc0; // fec0::/10
            return !uniqueLocal && !siteLocal && !mapsPrivateIpv4(b);
        }
        return false;
    }

    /** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is as public as the IPv4 address it carries. */
    private static boolean mapsPrivateIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        if ((b[10] & 0xff) != 0xff || (b[11] & 0xff) != 0xff) {
            return false;
        }
        try {
            return !isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException impossible) {
            return true;
        }
    }

    private static boolean loopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]");
    }
}
