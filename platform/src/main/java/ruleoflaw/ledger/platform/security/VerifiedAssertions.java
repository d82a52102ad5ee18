package ruleoflaw.ledger.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The gateway signs one assertion per user and reuses it for half its lifetime: its RSA signature is checked once
 * (the costliest step of a small write, issue 25), its claims (expiry, issuer, audience) at every use. The same string
 * is the same signed assertion, so a hit proves what the first check proved.
 */
final class VerifiedAssertions implements JwtDecoder {

    /** More than the users active within an assertion's lifetime; past it the map starts again. */
    static final int MAX_REMEMBERED = 10_000;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /** {@code verifier} checks the signature and then {@code claims}. */
    VerifiedAssertions(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims) {
        this.verifier = verifier;
        this.claims = claims;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.get(token);
        if (known == null) {
            Jwt jwt = verifier.decode(token);
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = claims.validate(known);
        if (result.hasErrors()) {
            verified.remove(token);
            throw new JwtValidationException("The identity assertion is no longer valid: "
                    + result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return known;
    }
}
