package uk.mashline.testsupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;

import java.util.List;
import java.util.Map;

/** The cookies the service sets, for tests of their flags: a console sign-in's and a new web chat's. */
public final class SetCookies {

    private SetCookies() {
    }

    /**
     * The session cookie of a form sign-in as the reviewer, the request carrying these headers (the client
     * must not follow redirects: the sign-in answers 303).
     */
    public static String ofConsoleSignIn(HttpClient client, Map<String, String> headers) {
        MutableHttpRequest<?> request = HttpRequest.POST("/console/login",
                        Map.of("username", StaffAccountsForTests.REVIEWER, "password", StaffAccountsForTests.PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.forEach(request::header);
        HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
        return response.getHeaders().getAll("Set-Cookie").stream().filter(c -> c.startsWith("MASH_SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.getHeaders().asMap()));
    }

    /** The cookie that binds a new web chat conversation to its browser, the first message carrying these headers. */
    public static String ofNewChat(HttpClient client, Map<String, String> headers) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/chat/west-sussex/messages", Map.of("text", "hello"));
        headers.forEach(request::header);
        HttpResponse<Map> response = client.toBlocking().exchange(request, Map.class);
        List<String> cookies = response.getHeaders().getAll("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("mash_chat_")).findFirst()
                .orElseThrow(() -> new AssertionError("no chat cookie: " + cookies));
    }

    public static boolean secure(String setCookie) {
        return setCookie.toLowerCase(java.util.Locale.ROOT).contains("; secure");
    }
}
