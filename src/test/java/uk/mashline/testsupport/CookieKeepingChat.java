package uk.mashline.testsupport;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.cookie.Cookie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A web chat client that keeps the cookies the service sets, as a browser (or any API client with a cookie
 * jar) does: the conversation's secret goes back with every later request.
 */
public final class CookieKeepingChat {

    private final HttpClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public CookieKeepingChat(HttpClient client) {
        this.client = client;
    }

    /** Posts a line; returns the chat API's JSON answer. */
    public Map<?, ?> post(String partnership, Map<String, ?> body) {
        return post(client, partnership, body);
    }

    /** Posts a line through another client (another instance of the service), with the same cookies. */
    public Map<?, ?> post(HttpClient through, String partnership, Map<String, ?> body) {
        return keep(through.toBlocking().exchange(withCookies(HttpRequest.POST("/api/chat/" + partnership + "/messages",
                body)), Map.class)).body();
    }

    /** The conversation's messages as its own browser reads them. */
    public List<Map> messages(String partnership, String conversationId) {
        return client.toBlocking().retrieve(withCookies(HttpRequest.GET("/api/chat/" + partnership + "/conversations/"
                + conversationId + "/messages")), Argument.listOf(Map.class));
    }

    public <T> MutableHttpRequest<T> withCookies(MutableHttpRequest<T> request) {
        cookies.forEach((name, value) -> request.cookie(Cookie.of(name, value)));
        return request;
    }

    public <T> HttpResponse<T> keep(HttpResponse<T> response) {
        response.getCookies().getAll().forEach(c -> cookies.put(c.getName(), c.getValue()));
        return response;
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }
}
