package ruleoflaw.ledger.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How a service recognises the gateway's identity assertions.
 *
 * @param context              the path segment this service owns under {@code /api/} (e.g. {@code study}, {@code reports})
 * @param gatewayJwkSetUri     where the gateway publishes the public key it signs assertions with
 * @param gatewayPublicKey     a PEM public key to use instead of the JWK set (tests, air-gapped setups)
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(String context, String gatewayJwkSetUri, Resource gatewayPublicKey) {
}
