package ruleoflaw.ledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

class VerifiedAssertionsTest {

    private static final Instant ISSUED = Instant.parse("2024-03-12T08:00:00Z");

    private final KeyPair keys = generate();
    private final JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final VerifiedAssertions assertions;

    VerifiedAssertionsTest() {
        expiry.setClock(Clock.fixed(ISSUED, ZoneOffset.UTC));
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        nimbus.setJwtValidator(expiry);
        JwtDecoder counted = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        assertions = new VerifiedAssertions(counted, expiry);
    }

    @Test
    void aReusedAssertionIsVerifiedOnce() {
        String token = signed("法制科张三");

        Jwt first = assertions.decode(token);
        Jwt again = assertions.decode(token);

        assertThat(again.getSubject()).isEqualTo("法制科张三").isEqualTo(first.getSubject());
        assertThat(signatureChecks).hasValue(1);
        assertions.decode(signed("法制科李四"));
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void aRememberedAssertionIsRefusedOnceItHasExpired() {
        String token = signed("法制科张三");
        assertions.decode(token);

        expiry.setClock(Clock.fixed(ISSUED.plusSeconds(61), ZoneOffset.UTC));

        assertThatThrownBy(() -> assertions.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("no longer valid");
    }

    @Test
    void anAssertionWithAForgedSignatureIsRefused() {
        String token = signed("法制科张三");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertThatThrownBy(() -> assertions.decode(forged)).isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
    }

    private String signed(String user) {
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate()).build();
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(user).issuedAt(ISSUED).expiresAt(ISSUED.plusSeconds(60)).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
