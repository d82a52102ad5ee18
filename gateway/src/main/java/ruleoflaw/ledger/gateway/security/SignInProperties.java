package ruleoflaw.ledger.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in with a browser.
 *
 * @param sessionTimeout how long a browser's session lasts without a request ({@code LEDGER_SESSION_TIMEOUT}, 30
 *                       minutes by default); programs sign in on every request and have none
 */
@ConfigurationProperties("ledger.security")
record SignInProperties(Duration sessionTimeout) {

    static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(30);

    SignInProperties {
        if (sessionTimeout == null || sessionTimeout.isZero() || sessionTimeout.isNegative()) {
            sessionTimeout = DEFAULT_SESSION_TIMEOUT;
        }
    }
}
