package nl.betrokken.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * The first administrator of a fresh database, from configuration: in production there are no
 * demo users, so someone has to be able to log in. Ignored once any user exists.
 */
@Singleton
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class);

    private final SecurityConfig config;
    private final AuditLog audit;

    public InitialAdministrator(SecurityConfig config, AuditLog audit) {
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    void onStart(@Observes @Priority(200) StartupEvent event) {
        if (UserAccount.count() > 0) {
            return;
        }
        var username = config.initialAdministrator().username();
        var password = config.initialAdministrator().password();
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warn("There are no users yet. Set BETROKKEN_SECURITY_INITIAL_ADMINISTRATOR_USERNAME and"
                    + " BETROKKEN_SECURITY_INITIAL_ADMINISTRATOR_PASSWORD to create the first administrator.");
            return;
        }
        Passwords.requireAcceptable(
                "betrokken.security.initial-administrator.password", password.get(), username.get());
        UserAccount admin = new UserAccount();
        admin.username = Usernames.normalise(username.get());
        admin.displayName = "Beheerder";
        admin.role = Role.ADMINISTRATOR;
        admin.passwordHash = Passwords.hash(password.get());
        admin.mustChangePassword = true;
        admin.persist();
        audit.record(null, "created", "user", admin.id, null, admin.username + " as first administrator");
        LOG.infof("Created the first administrator %s; they must choose a new password at first login", admin.username);
    }
}
