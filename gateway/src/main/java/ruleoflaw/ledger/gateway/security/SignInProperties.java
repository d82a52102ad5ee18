package ruleoflaw.ledger.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in with a browser.
 *
 * @param sessionTimeout   how long a browser's session lasts without a request ({@code LEDGER_SESSION_TIMEOUT},
 *                         30 minutes by default); programs sign in on every request and have none
 * @param identityProvider in the identity provider's mode, where {@code /login} sends people
 */
@ConfigurationProperties("ledger.security")
record SignInProperties(Duration sessionTimeout, IdentityProvider identityProvider) {

    static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(30);

    SignInProperties {
        if (sessionTimeout == null || sessionTimeout.isZero() || sessionTimeout.isNegative()) {
            sessionTimeout = DEFAULT_SESSION_TIMEOUT;
        }
        if (identityProvider == null) {
            identityProvider = new IdentityProvider(null);
        }
    }

    /** @param loginUrl the identity provider's sign-in page (http or https), linked from {@code /login}; none: unset */
    record IdentityProvider(String loginUrl) {

        String usableLoginUrl() {
            if (loginUrl == null || loginUrl.isBlank()) {
                return null;
            }
            String url = loginUrl.strip();
            return url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7) ? url : null;
        }
    }
}
