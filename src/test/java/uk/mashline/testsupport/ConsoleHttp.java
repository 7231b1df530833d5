package uk.mashline.testsupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console as a browser reaches it over HTTP: the sign-in form, the session cookie, the page's CSRF
 * token. Use with {@code micronaut.http.client.follow-redirects=false}.
 */
public final class ConsoleHttp {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([0-9a-f]{64})\">");

    private final HttpClient client;

    public ConsoleHttp(HttpClient client) {
        this.client = client;
    }

    /** Posts the sign-in form; any status comes back as a response (no exception). */
    public HttpResponse<String> login(String username, String password) {
        MutableHttpRequest<?> request = HttpRequest.POST("/console/login", Map.of("username", username, "password", password))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        return exchange(request);
    }

    /** "MASH_SESSION=..." from a response that set the session cookie. */
    public static String cookie(HttpResponse<?> response) {
        String setCookie = response.header("Set-Cookie");
        if (setCookie == null || !setCookie.startsWith("MASH_SESSION=")) {
            throw new AssertionError("no session cookie in " + response.getHeaders().asMap());
        }
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** The CSRF token of the session behind this cookie, read from a console page as its scripts read it. */
    public String csrf(String cookie, String page) {
        String html = client.toBlocking().retrieve(HttpRequest.GET(page).header("Cookie", cookie));
        Matcher m = CSRF_META.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page + ": " + html);
        }
        return m.group(1);
    }

    /** Any status comes back as a response, with the body as a string. */
    public HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    /** The body of a response from {@link #exchange}, "" when it had none. */
    public static String body(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }
}
