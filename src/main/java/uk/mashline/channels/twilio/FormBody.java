package uk.mashline.channels.twilio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an application/x-www-form-urlencoded body as Twilio sends it. Tolerant by design: a
 * malformed escape or a repeated parameter must not turn a child's message into an error page;
 * the first value of a repeated name wins.
 */
final class FormBody {

    static final int MAX_PARAMETERS = 200;

    private FormBody() {
    }

    static Map<String, String> parse(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&", MAX_PARAMETERS + 1)) {
            if (pair.isEmpty() || params.size() >= MAX_PARAMETERS) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return Collections.unmodifiableMap(params);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray '%': keep the text as sent rather than lose the message
            return raw.replace('+', ' ');
        }
    }
}
