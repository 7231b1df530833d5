package uk.mashline.console.security;

import java.util.List;

/**
 * What a member of MASH staff may do in the console. A REVIEWER works the queue and
 * reviews conversations; an ADMIN also manages users, reads the audit log, changes
 * retention and exports. An ADMIN holds both roles, so {@code @Secured(REVIEWER)} admits them.
 */
public enum StaffRole {
    REVIEWER,
    ADMIN;

    public static final String REVIEWER_ROLE = "REVIEWER";
    public static final String ADMIN_ROLE = "ADMIN";

    /** The security roles granted to an account with this role. */
    public List<String> grantedRoles() {
        return this == ADMIN ? List.of(ADMIN_ROLE, REVIEWER_ROLE) : List.of(REVIEWER_ROLE);
    }

    /** Parses a role name (case-insensitive); empty for anything else. */
    public static java.util.Optional<StaffRole> parse(String value) {
        for (StaffRole role : values()) {
            if (role.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
