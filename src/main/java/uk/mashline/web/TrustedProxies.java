package uk.mashline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.ProxyHeaderParser;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Who the client is and whether it reached us over HTTPS, believing proxy headers only when the TCP
 * peer is a configured proxy ({@link ProxySettings}). Micronaut's own resolver reads the leftmost
 * {@code X-Forwarded-For} entry from anyone, which the client writes itself.
 */
@Singleton
public class TrustedProxies {

    private final List<IpSubnetFilterRule> proxies;
    private final String clientAddressHeader;

    TrustedProxies(ProxySettings settings, HttpServerConfiguration server) {
        List<String> cidrs = settings.trustedProxies() == null ? List.of() : settings.trustedProxies();
        this.proxies = cidrs.stream().map(String::trim).filter(s -> !s.isEmpty()).map(TrustedProxies::rule).toList();
        this.clientAddressHeader = server.getClientAddressHeader();
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

    /** Whether the client reached us over HTTPS: directly, or as a trusted proxy says it did. */
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
