package uk.mashline.console.security;

import io.micronaut.context.ApplicationContext;
import uk.mashline.console.BadRequest;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code scripts/create-user USERNAME REVIEWER|ADMIN}: creates a staff account in the configured
 * database without starting the HTTP server. The password comes from STAFF_USER_PASSWORD or
 * standard input (never the command line, which other users of the machine can see).
 */
public final class CreateUserCommand {

    /** The environment the command runs in (no bootstrap admin, no server). */
    static final String ENVIRONMENT = "cli";

    private CreateUserCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: scripts/create-user USERNAME REVIEWER|ADMIN   "
                    + "(password from STAFF_USER_PASSWORD or standard input)");
            System.exit(2);
        }
        String password = readPassword();
        if (password == null || password.isEmpty()) {
            System.err.println("create-user: no password given (set STAFF_USER_PASSWORD or pipe it on standard input)");
            System.exit(2);
        }
        int status;
        try (ApplicationContext context = ApplicationContext.builder()
                .environments(ENVIRONMENT)
                .properties(Map.of("micronaut.server.port", "-1"))
                .start()) {
            StaffUserView user = context.getBean(StaffUsers.class)
                    .create("cli:" + System.getProperty("user.name", "unknown"), args[0], args[1], password);
            System.out.println("create-user: created " + user.role() + " account '" + user.username() + "' (id " + user.id() + ")");
            status = 0;
        } catch (BadRequest e) {
            System.err.println("create-user: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    private static String readPassword() throws Exception {
        String fromEnv = System.getenv("STAFF_USER_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the new account: ");
            return typed == null ? null : new String(typed);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
