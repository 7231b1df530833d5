package uk.mashline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.ProxyHeaderParser;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Who the client is and whether it reached us over HTTPS, believing proxy headers only when the TCP
 * peer is a configured proxy ({@link ProxySettings}). Micronaut's own resolver reads the leftmost
 * {@code X-Forwarded-For} entry from anyone, which the client writes itself. {@link #isHttps} is the
 * service's one HTTPS rule: the console's session cookie, the web chat's cookie and HSTS all ask it.
 */
@Singleton
public class TrustedProxies {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxies.class);

    private final List<IpSubnetFilterRule> proxies;
    private final String clientAddressHeader;

    TrustedProxies(ProxySettings settings, HttpServerConfiguration server, PublicUrlSettings publicUrl) {
        List<String> cidrs = settings.trustedProxies() == null ? List.of() : settings.trustedProxies();
        this.proxies = cidrs.stream().map(String::trim).filter(s -> !s.isEmpty()).map(TrustedProxies::rule).toList();
        this.clientAddressHeader = server.getClientAddressHeader();
        if (proxies.isEmpty() && publicUrl.base().filter(url -> url.startsWith("https://")).isPresent()) {
            // the usual deployment: TLS ends at a proxy, and without its address nothing it says is believed
            LOG.warn("MASH_PUBLIC_URL is https but MASH_TRUSTED_PROXIES is not set: requests that reach the service "
                    + "through a TLS proxy count as plain HTTP (cookies without Secure, no HSTS)");
        }
    }

    /**
     * The client's address: the TCP peer, or, when the peer is a trusted proxy, the nearest address in
     * the forwarding chain that is not itself a trusted proxy (read from the right, where our own proxies
     * appended; whatever the client wrote further left is never reached).
     */
    public String clientAddress(HttpRequest<?> request) {
        InetAddress peer = peer(request);
        if (peer == null) {
            return "unknown";
        }
        if (!trusted(peer)) {
            return peer.getHostAddress();
        }
        if (clientAddressHeader != null) {
            InetAddress named = literal(request.getHeaders().get(clientAddressHeader));
            return named == null ? peer.getHostAddress() : named.getHostAddress();
        }
        List<String> hops = new ProxyHeaderParser(request).getFor();
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break; // not an address: written by the client, so stop at the last one a proxy vouched for
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /**
     * Whether the client reached us over HTTPS: directly (a TLS connection), or as a trusted proxy says in
     * {@code Forwarded: proto=} or {@code X-Forwarded-Proto}. The same header from any other peer is ignored:
     * a client on plain HTTP cannot have a Secure cookie set, or HSTS sent, by claiming otherwise.
     */
    public boolean isHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        InetAddress peer = peer(request);
        if (peer == null || !trusted(peer)) {
            return false;
        }
        String scheme = new ProxyHeaderParser(request).getScheme();
        return scheme != null && scheme.trim().toLowerCase(Locale.ROOT).equals("https");
    }

    private boolean trusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return proxies.stream().anyMatch(rule -> rule.matches(socket));
    }

    private static InetAddress peer(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null ? null : remote.getAddress();
    }

    private static IpSubnetFilterRule rule(String cidr) {
        int slash = cidr.indexOf('/');
        InetAddress address = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("MASH_TRUSTED_PROXIES: not an IP address or CIDR: " + cidr);
        }
        int bits = address.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MASH_TRUSTED_PROXIES: bad prefix length in " + cidr, e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("MASH_TRUSTED_PROXIES: bad prefix length in " + cidr);
        }
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }

    /** An IP literal (a port or brackets as Forwarded writes them allowed), never a name: no DNS look-up. */
    static InetAddress literal(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() > 1) {
            v = v.substring(1, v.length() - 1);
        }
        if (v.startsWith("[")) {
            int end = v.indexOf(']');
            v = end < 0 ? v : v.substring(1, end);
        } else if (v.indexOf(':') > 0 && v.indexOf(':') == v.lastIndexOf(':')) {
            v = v.substring(0, v.indexOf(':')); // IPv4 with a port
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(v);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
