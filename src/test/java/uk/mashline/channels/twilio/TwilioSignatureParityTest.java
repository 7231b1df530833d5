package uk.mashline.channels.twilio;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TwilioSignature checks signatures for speed: the same answer as the SDK's RequestValidator on every request tried. */
class TwilioSignatureParityTest {

    private static final String TOKEN = "12345678901234567890123456789012";
    private static final List<String> URLS = List.of("https://advice.example.org/twilio/sms",
            "https://advice.example.org:443/twilio/sms", "http://127.0.0.1:18090/twilio/sms",
            "http://127.0.0.1/twilio/sms", "http://127.0.0.1:80/twilio/voice", "https://advice.example.org:8443/twilio/sms",
            "https://advice.example.org/twilio/sms?x=1&y=%20z", "https://user@advice.example.org/twilio/sms",
            "https://advice.example.org/twilio/s%C3%A9ms", "https://advice.example.org/twilio/sms#frag",
            "not a url at all", "https://bad host/twilio/sms", "");

    @Test
    void answersAsTheSdkDoesForEveryUrlFormAndSignature() {
        RequestValidator sdk = new RequestValidator(TOKEN);
        TwilioSignature ours = new TwilioSignature(TOKEN);
        Random random = new Random(13);
        int valid = 0;
        for (int i = 0; i < 3000; i++) {
            Map<String, String> params = params(random);
            String calledUrl = URLS.get(random.nextInt(URLS.size()));
            // signed for the URL as called, for the other form (with or without the default port), for another URL,
            // for other parameters, or not a signature at all
            String signedUrl = switch (random.nextInt(5)) {
                case 0 -> calledUrl;
                case 1 -> calledUrl.replace(":443", "").replace(":80/", "/");
                case 2 -> calledUrl.replace("advice.example.org/", "advice.example.org:443/")
                        .replace("127.0.0.1/", "127.0.0.1:80/");
                case 3 -> URLS.get(random.nextInt(URLS.size()));
                default -> calledUrl;
            };
            Map<String, String> signedParams = random.nextInt(6) == 0 ? params(random) : params;
            String signature = switch (random.nextInt(8)) {
                case 0 -> "";
                case 1 -> "not-base64!";
                default -> sign(signedUrl, signedParams);
            };
            boolean expected = sdk.validate(calledUrl, params, signature);
            assertEquals(expected, ours.validate(calledUrl, params, signature), calledUrl + " signed as " + signedUrl);
            valid += expected ? 1 : 0;
        }
        // both answers were tried, many times each
        assertTrue(valid > 500 && valid < 2500, "valid " + valid);
    }

    private static Map<String, String> params(Random random) {
        Map<String, String> params = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of("Body", "From", "To", "MessageSid", "SmsSid", "AccountSid",
                "NumMedia", "ToCountry", "FromCity", "ApiVersion", "a", "B", "_x"));
        int n = random.nextInt(names.size() + 1);
        for (int i = 0; i < n; i++) {
            String name = names.remove(random.nextInt(names.size()));
            params.put(name, value(random));
        }
        return params;
    }

    private static String value(Random random) {
        String[] pieces = {"hello", " ", "£20", "café", "😀", "+447700900101", "&", "=", "%", "日本", "\n", ""};
        StringBuilder v = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            v.append(pieces[random.nextInt(pieces.length)]);
        }
        return v.toString();
    }

    // Twilio's own scheme, written out: the URL, then each parameter's name and value in name order
    private static String sign(String url, Map<String, String> params) {
        try {
            StringBuilder data = new StringBuilder(url);
            new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
