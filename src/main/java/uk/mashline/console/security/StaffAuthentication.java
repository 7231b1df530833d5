package uk.mashline.console.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Map;

/** The attributes the console puts on an {@link Authentication}. */
public final class StaffAuthentication {

    /**
     * "session" for the browser console, "basic" for HTTP Basic, "token" for a personal API token,
     * "pending" for a console session whose second factor is still awaited (no roles: it reaches only
     * the second-factor pages).
     */
    public static final String METHOD = "mashAuthMethod";
    public static final String CSRF = "mashCsrf";
    public static final String SESSION = "mashSession";
    public static final String USER_ID = "mashUserId";
    public static final String STAGE = "mashStage";

    private StaffAuthentication() {
    }

    static Authentication ofSession(StaffSession session) {
        boolean full = session.stage() == SessionStage.FULL;
        return Authentication.build(session.username(), full ? session.role().grantedRoles() : java.util.List.of(), Map.of(
                METHOD, full ? "session" : "pending", CSRF, session.csrfToken(), SESSION, session.tokenHash(),
                USER_ID, session.userId(), STAGE, session.stage().name()));
    }

    /** A console session that has given its password and awaits the second factor (or its set-up). */
    public static boolean isPending(Authentication authentication) {
        return authentication != null && "pending".equals(authentication.getAttributes().get(METHOD));
    }

    /** The stage of a console session (pending or signed in); null for other kinds of authentication. */
    public static SessionStage stage(Authentication authentication) {
        Object stage = authentication == null ? null : authentication.getAttributes().get(STAGE);
        return stage == null ? null : SessionStage.valueOf(stage.toString());
    }

    public static boolean isToken(Authentication authentication) {
        return authentication != null && "token".equals(authentication.getAttributes().get(METHOD));
    }

    static Authentication ofToken(StaffAccount account) {
        return Authentication.build(account.username(), account.role().grantedRoles(), Map.of(METHOD, "token", USER_ID, account.id()));
    }

    static Map<String, Object> basicAttributes(StaffAccount account) {
        return Map.of(METHOD, "basic", USER_ID, account.id());
    }

    public static boolean isSession(Authentication authentication) {
        return authentication != null && "session".equals(authentication.getAttributes().get(METHOD));
    }

    /** The account's id (every kind of staff authentication carries it). */
    public static long userId(Authentication authentication) {
        return ((Number) authentication.getAttributes().get(USER_ID)).longValue();
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
