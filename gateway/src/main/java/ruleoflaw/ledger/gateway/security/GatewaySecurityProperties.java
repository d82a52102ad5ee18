package ruleoflaw.ledger.gateway.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param authMode        {@code local}: HTTP Basic against the users file ({@code ledger.gateway.users-file}, read by
 *                        {@code LocalUsers}); {@code jwt}: bearer tokens of an
 *                        identity provider (spring.security.oauth2.resourceserver.jwt.*), roles and contexts
 *                        from the token's {@code roles} and {@code contexts} claims
 * @param dashboardOrigin the one origin allowed to call the API from a browser page of another origin
 * @param metricsToken    if set, {@code GET /actuator/prometheus} with {@code Authorization: Bearer <metricsToken>}
 *                        is answered without a user: Prometheus's scrape (none by default)
 * @param signingKeyFile  a JWK file with the RSA private key to sign identity assertions with, the same for every
 *                        gateway given it; unset or blank: a key made at start-up ({@link SigningKey})
 */
@ConfigurationProperties("ledger.gateway")
record GatewaySecurityProperties(String authMode, String dashboardOrigin, String metricsToken, String signingKeyFile) {

    Path signingKeyPath() {
        return signingKeyFile == null || signingKeyFile.isBlank() ? null : Path.of(signingKeyFile.strip());
    }

    boolean jwtMode() {
        return "jwt".equalsIgnoreCase(authMode);
    }
}
