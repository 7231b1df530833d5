package uk.mashline.testsupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import uk.mashline.console.security.StaffUsers;

/** Creates the console test accounts once per application context. */
public final class StaffAccountsForTests {

    public static final String ADMIN = "admin.test";
    public static final String REVIEWER = "reviewer.test";
    public static final String PASSWORD = "correct horse battery staple";

    private StaffAccountsForTests() {
    }

    public static void ensure(StaffUsers users) {
        if (users.list().stream().noneMatch(u -> u.username().equals(ADMIN))) {
            users.create("test", ADMIN, "ADMIN", PASSWORD);
            users.create("test", REVIEWER, "REVIEWER", PASSWORD);
        }
    }

    public static <T> MutableHttpRequest<T> asAdmin(MutableHttpRequest<T> request) {
        return request.basicAuth(ADMIN, PASSWORD);
    }

    public static <T> MutableHttpRequest<T> asReviewer(MutableHttpRequest<T> request) {
        return request.basicAuth(REVIEWER, PASSWORD);
    }

    public static MutableHttpRequest<?> get(String uri) {
        return HttpRequest.GET(uri);
    }
}
