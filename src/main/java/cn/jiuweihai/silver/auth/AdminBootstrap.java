package cn.jiuweihai.silver.auth;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first city-wide staff account from configuration (username and bcrypt hash),
 * so a new deployment can be administered without touching the database.
 */
@ApplicationScoped
class AdminBootstrap {

    @ConfigProperty(name = "silver.admin.bootstrap.username")
    Optional<String> username;

    @ConfigProperty(name = "silver.admin.bootstrap.password-hash")
    Optional<String> passwordHash;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (username.isEmpty() || passwordHash.isEmpty()) {
            return;
        }
        if (AdminAccount.findByUsername(username.get()) != null) {
            return;
        }
        AdminAccount admin = new AdminAccount();
        admin.username = username.get();
        admin.passwordHash = passwordHash.get();
        admin.displayName = "市人社局管理员";
        admin.createdAt = Instant.now();
        admin.persist();
        Log.infof("Created staff account %d from configuration", admin.id);
    }
}
