package ruleoflaw.ledger.bench.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** The bench's assertions carry what the gateway's carry, signed with the suite's key. */
class SignedAssertionsTest {

    private static final Instant NOW = Instant.parse("2024-12-05T02:00:00Z");

    private final RSAKey key = generate();
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private SignedAssertions assertions() {
        return new SignedAssertions(key, new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        }, "recorder", List.of("recorder"), List.of());
    }

    @Test
    void theRecordersAssertionIsSignedWithTheKeyAndCarriesTheGatewaysClaims() throws Exception {
        String bearer = assertions().bearer();

        assertThat(bearer).startsWith("Bearer ");
        SignedJWT jwt = SignedJWT.parse(bearer.substring("Bearer ".length()));
        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("bench-key");
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("ledger-gateway");
        assertThat(claims.getAudience()).containsExactly("ledger-services");
        assertThat(claims.getSubject()).isEqualTo("recorder");
        assertThat(claims.getStringListClaim("roles")).containsExactly("recorder");
        assertThat(claims.getStringListClaim("contexts")).isEmpty();
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(60));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void oneAssertionServesForHalfItsLifetimeThenANewOneIsSigned() throws Exception {
        SignedAssertions assertions = assertions();
        String first = assertions.bearer();

        clock = Clock.offset(clock, Duration.ofSeconds(29));
        assertThat(assertions.bearer()).isEqualTo(first);

        clock = Clock.offset(clock, Duration.ofSeconds(1));
        String second = assertions.bearer();
        assertThat(second).isNotEqualTo(first);
        assertThat(SignedJWT.parse(second.substring(7)).getJWTClaimsSet().getIssueTime().toInstant())
                .isEqualTo(NOW.plusSeconds(30));
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("bench-key").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
