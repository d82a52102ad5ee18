package ruleoflaw.ledger.bench.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Identity assertions as the gateway signs them (gateway IdentityAssertions; checked by platform's
 * ServiceSecurityConfiguration: issuer, audience, expiry, roles, contexts), signed with the suite's key, for calls
 * straight to a service. Like the gateway, one assertion is reused for half its lifetime.
 */
public final class SignedAssertions {

    /** contracts' LedgerRoles: the claims a service checks. */
    static final String ISSUER = "ledger-gateway";
    static final String AUDIENCE = "ledger-services";
    static final String ROLES_CLAIM = "roles";
    static final String CONTEXTS_CLAIM = "contexts";
    static final Duration LIFETIME = Duration.ofSeconds(60);

    private final RSAKey key;
    private final RSASSASigner signer;
    private final Clock clock;
    private final String user;
    private final List<String> roles;
    private final List<String> contexts;
    private String current;
    private Instant reuseUntil = Instant.MIN;

    public SignedAssertions(RSAKey key, Clock clock, String user, List<String> roles, List<String> contexts) {
        this.key = key;
        this.clock = clock;
        this.user = user;
        this.roles = List.copyOf(roles);
        this.contexts = List.copyOf(contexts);
        try {
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("not a private RSA key: " + e.getMessage(), e);
        }
    }

    /** The Authorization header: a valid assertion, signed anew once the last one is half its lifetime old. */
    public synchronized String bearer() {
        Instant now = clock.instant();
        if (!now.isBefore(reuseUntil)) {
            current = sign(now);
            reuseUntil = now.plus(LIFETIME.dividedBy(2));
        }
        return "Bearer " + current;
    }

    private String sign(Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(user)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim(ROLES_CLAIM, roles)
                .claim(CONTEXTS_CLAIM, contexts)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an assertion: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
