package ruleoflaw.ledger.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import ruleoflaw.ledger.contracts.identity.LedgerRoles;

/**
 * Stands in for the gateway's signing key in service tests: issues identity assertions like the
 * gateway's, and its public key is what the service under test trusts.
 */
public final class TestGateway {

    private static final KeyPair KEYS = generate();
    private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
            new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate())
                    .keyID("test").build())));
    private static Path publicKeyFile;

    private TestGateway() {
    }

    /** Headers of a JSON request the gateway forwards for {@code user} with {@code roles}. */
    public static HttpHeaders as(String user, String... roles) {
        return as(user, List.of(roles), List.of());
    }

    /** The same for a recorder limited to {@code contexts}. */
    public static HttpHeaders as(String user, List<String> roles, List<String> contexts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(assertion(user, roles, contexts, Instant.now(), LedgerRoles.ISSUER));
        return headers;
    }

    /** The same for a user acting for {@code department}, as the gateway chose it; {@code district} reads every one. */
    public static HttpHeaders inDepartment(String department, boolean district, String user, String... roles) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(assertion(user, List.of(roles), List.of(), Instant.now(), LedgerRoles.ISSUER,
                Map.of(LedgerRoles.DEPARTMENT_CLAIM, department, LedgerRoles.DISTRICT_CLAIM, district)));
        return headers;
    }

    public static String assertion(String user, List<String> roles, List<String> contexts, Instant issuedAt, String issuer) {
        return assertion(user, roles, contexts, issuedAt, issuer, Map.of());
    }

    private static String assertion(String user, List<String> roles, List<String> contexts, Instant issuedAt,
            String issuer, Map<String, Object> more) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(LedgerRoles.AUDIENCE))
                .subject(user)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(LedgerRoles.ASSERTION_LIFETIME))
                .claim(LedgerRoles.ROLES_CLAIM, roles)
                .claim(LedgerRoles.CONTEXTS_CLAIM, contexts)
                .claims(all -> all.putAll(more))
                .build();
        return ENCODER.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build(), claims))
                .getTokenValue();
    }

    /** A PEM file with the public key, for {@code ledger.security.gateway-public-key}. */
    static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                publicKeyFile = Files.createTempFile("test-gateway", ".pem");
                publicKeyFile.toFile().deleteOnExit();
                Files.writeString(publicKeyFile, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
