package uk.mashline.console.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Map;

/** The attributes the console puts on an {@link Authentication}. */
public final class StaffAuthentication {

    /** "session" for the browser console, "basic" for HTTP Basic. */
    public static final String METHOD = "mashAuthMethod";
    public static final String CSRF = "mashCsrf";
    public static final String SESSION = "mashSession";
    public static final String USER_ID = "mashUserId";

    private StaffAuthentication() {
    }

    static Authentication ofSession(StaffSession session) {
        return Authentication.build(session.username(), session.role().grantedRoles(), Map.of(
                METHOD, "session", CSRF, session.csrfToken(), SESSION, session.tokenHash(), USER_ID, session.userId()));
    }

    static Map<String, Object> basicAttributes(StaffAccount account) {
        return Map.of(METHOD, "basic", USER_ID, account.id());
    }

    public static boolean isSession(Authentication authentication) {
        return authentication != null && "session".equals(authentication.getAttributes().get(METHOD));
    }

    public static String csrfToken(Authentication authentication) {
        Object token = authentication == null ? null : authentication.getAttributes().get(CSRF);
        return token == null ? null : token.toString();
    }

    public static String sessionHash(Authentication authentication) {
        Object hash = authentication == null ? null : authentication.getAttributes().get(SESSION);
        return hash == null ? null : hash.toString();
    }
}
