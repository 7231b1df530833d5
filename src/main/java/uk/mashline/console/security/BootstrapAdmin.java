package uk.mashline.console.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.console.AuditLog;
import uk.mashline.console.BadRequest;
import uk.mashline.persistence.SchemaReady;

/**
 * On a first start with no staff accounts, creates an ADMIN from STAFF_BOOTSTRAP_USER and
 * STAFF_BOOTSTRAP_PASSWORD; nothing when they are unset. The password is never logged.
 */
@Singleton
@Requires(notEnv = CreateUserCommand.ENVIRONMENT)
class BootstrapAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final StaffUsers users;
    private final BootstrapSettings settings;

    BootstrapAdmin(StaffUsers users, BootstrapSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    // not at start-up itself, which does not wait for the database
    @EventListener
    void onSchemaReady(SchemaReady event) {
        createIfNoUsers();
    }

    /** Returns whether an admin was created. */
    boolean createIfNoUsers() {
        if (!users.isEmpty()) {
            return false;
        }
        if (!settings.complete()) {
            LOG.warn("No staff accounts exist and STAFF_BOOTSTRAP_USER/STAFF_BOOTSTRAP_PASSWORD are not set: "
                    + "create one with scripts/create-user");
            return false;
        }
        try {
            users.create(AuditLog.SYSTEM, settings.username(), "ADMIN", settings.password());
            LOG.info("Created bootstrap ADMIN account '{}' from STAFF_BOOTSTRAP_USER", settings.username().trim());
            return true;
        } catch (BadRequest e) {
            LOG.error("Bootstrap ADMIN account not created: {}", e.getMessage());
            return false;
        }
    }
}
