package ruleoflaw.ledger.gateway.security;

import java.text.ParseException;
import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jwt.SignedJWT;

/**
 * {@code GET /api/bench/assertion}: the signed-in caller's own identity assertion, so that the benchmark
 * (bin/suite bench) can call a service straight on its port and compare that with the same call through the
 * gateway. Present only when {@code ledger.bench.enabled=true}: a suite run for people never hands one out.
 */
@RestController
@ConditionalOnProperty(name = "ledger.bench.enabled", havingValue = "true")
class BenchAssertion {

    record Issued(String assertion, Instant expiresAt) {
    }

    private final IdentityAssertions assertions;

    BenchAssertion(IdentityAssertions assertions) {
        this.assertions = assertions;
    }

    @GetMapping("/api/bench/assertion")
    Issued assertion(Authentication authentication) throws ParseException {
        String assertion = assertions.assertion(Identity.of(authentication));
        // reused for half its lifetime: its own expiry, not now + lifetime
        Instant expiresAt = SignedJWT.parse(assertion).getJWTClaimsSet().getExpirationTime().toInstant();
        return new Issued(assertion, expiresAt);
    }
}
