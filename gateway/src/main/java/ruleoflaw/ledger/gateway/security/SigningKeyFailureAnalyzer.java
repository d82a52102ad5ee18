package ruleoflaw.ledger.gateway.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A signing key file that cannot be used: one clear paragraph at start-up instead of a stack trace. */
public final class SigningKeyFailureAnalyzer extends AbstractFailureAnalyzer<SigningKey.Unusable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SigningKey.Unusable cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Point " + SigningKey.PROPERTY + " (" + SigningKey.VARIABLE + ") at a JWK file holding an RSA private key of at least "
                        + SigningKey.MINIMUM_BITS + " bits (readable by the gateway's user only), or unset it to have "
                        + "the gateway make a key of its own at start-up.",
                cause);
    }
}
