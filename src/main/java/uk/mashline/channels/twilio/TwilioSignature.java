package uk.mashline.channels.twilio;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Twilio's signature check with the answers of the SDK's {@code RequestValidator.validate(url, params, signature)}
 * (13.x): valid when the HMAC-SHA1 of the URL and the sorted parameters matches for the URL with its default port
 * added or removed. Cheaper per request: the SDK parses and rebuilds the URL twice and looks up a new {@link Mac}
 * for each of its two signatures on every webhook, a fifth of the event loop's CPU for an SMS. Here the URL's two
 * forms are worked out once per URL called, each thread keeps its {@code Mac}, and the form that is the URL as
 * called (the one Twilio signs) is tried first, so the other is computed only when that does not match: an OR
 * of the same two comparisons. {@code TwilioSignatureParityTest} holds it to the SDK.
 */
final class TwilioSignature {

    private static final String HMAC = "HmacSHA1";
    // the URLs called are the public URL and a few paths: a bound only against a caller inventing query strings
    private static final int REMEMBERED_URLS = 64;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;
    private final Map<String, String[]> forms = new ConcurrentHashMap<>();

    TwilioSignature(String authToken) {
        // the SDK's key: the token's bytes in the platform's charset, as it takes them
        this.key = new SecretKeySpec(authToken.getBytes(), HMAC);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** Whether {@code signature} is Twilio's for a request to {@code url} with these form parameters. */
    boolean validate(String url, Map<String, String> params, String signature) {
        for (String form : formsOf(url)) {
            if (secureCompare(sign(form, params), signature)) {
                return true;
            }
        }
        return false;
    }

    // the URL as called first, then its other form; once only when the two are the same (a URL the SDK cannot parse)
    private String[] formsOf(String url) {
        String[] known = forms.get(url);
        if (known != null) {
            return known;
        }
        String withPort = addPort(url);
        String withoutPort = removePort(url);
        String[] computed = withPort.equals(withoutPort) ? new String[] {withPort}
                : withoutPort.equals(url) ? new String[] {withoutPort, withPort} : new String[] {withPort, withoutPort};
        if (forms.size() >= REMEMBERED_URLS) {
            forms.clear();
        }
        forms.put(url, computed);
        return computed;
    }

    private String sign(String url, Map<String, String> params) {
        try {
            StringBuilder data = new StringBuilder(url);
            if (params != null) {
                String[] names = params.keySet().toArray(String[]::new);
                Arrays.sort(names);
                for (String name : names) {
                    String value = params.get(name);
                    data.append(name).append(value == null ? "" : value);
                }
            }
            Mac mac = macs.get();
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            // the SDK answers null for a signature it cannot compute, which matches nothing
            return null;
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    // the SDK's comparison: no early exit on the first differing character
    private static boolean secureCompare(String a, String b) {
        if (a == null || b == null || a.length() != b.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            differ |= a.charAt(i) ^ b.charAt(i);
        }
        return differ == 0;
    }

    // the SDK's URL forms, as it makes them
    private static String removePort(String url) {
        try {
            URI uri = new URI(url);
            return uri.getPort() == -1 ? url : updatePort(uri, -1);
        } catch (Exception e) {
            return url;
        }
    }

    private static String addPort(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getPort() != -1) {
                return url;
            }
            return updatePort(uri, "https".equals(uri.getScheme()) ? 443 : 80);
        } catch (Exception e) {
            return url;
        }
    }

    private static String updatePort(URI uri, int port) {
        try {
            return new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), port, uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toString();
        } catch (Exception e) {
            return uri.toString();
        }
    }
}
