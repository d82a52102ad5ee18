package ruleoflaw.ledger.gateway.users;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The users file of the local mode (HTTP Basic), created with one user per role on the first start. With an
 * identity provider ({@code ledger.gateway.auth-mode=jwt}) there is none, and no users API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(LocalUsers.LOCAL_MODE)
public class LocalUsers {

    /** Not the identity provider's mode: the same test as the security configuration's. */
    static final String LOCAL_MODE = "!'${ledger.gateway.auth-mode:local}'.equalsIgnoreCase('jwt')";

    private static final Logger log = LoggerFactory.getLogger(LocalUsers.class);

    @Bean
    UsersFile usersFile(@Value("${ledger.gateway.users-file}") Path file) {
        UsersFile users = new UsersFile(file);
        if (users.createIfMissing()) {
            log.warn("First start: created one user per role in {}; their passwords are in {} (shown once by "
                    + "bin/suite up; store them and delete the file)", users.path(), users.initialPasswords());
        }
        return users;
    }
}
