package ruleoflaw.ledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * With ledger.gateway.signing-key-file the gateway signs with the key of that file (several gateways, one key): its
 * public part is the one published, and a service that knows only that public key accepts what the gateway forwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SigningKeyFileTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();
    private static final RSAKey SHARED = key("shared-2024");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
        Path file = USERS.directory().resolve("signing-key.json");
        Files.writeString(file, SHARED.toJSONString());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        registry.add("ledger.gateway.signing-key-file", file::toString);
    }

    @Autowired
    WebTestClient web;

    @Test
    void theKeyOfTheFileIsPublishedWithoutItsPrivatePart() {
        Map<String, Object> published = web.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();

        assertThat(published).isEqualTo(new JWKSet(SHARED.toPublicJWK()).toJSONObject());
        assertThat(published.toString()).doesNotContain("\"d\"").doesNotContain(SHARED.getPrivateExponent().toString());
    }

    @Test
    void whatTheGatewayForwardsIsSignedWithTheKeyOfTheFile() throws JOSEException {
        web.get().uri("/api/study/sessions").headers(h -> h.setBasicAuth("auditor", USERS.password("auditor")))
                .exchange().expectStatus().isOk();

        String authorization = StubServices.lastSeen.get("study").authorization();
        assertThat(authorization).startsWith("Bearer ");
        Jwt assertion = NimbusJwtDecoder.withPublicKey(SHARED.toRSAPublicKey()).build()
                .decode(authorization.substring("Bearer ".length()));
        assertThat(assertion.getSubject()).isEqualTo("auditor");
        assertThat(assertion.getHeaders()).containsEntry("kid", "shared-2024");
    }

    @Test
    void aKeyFileThatIsNotThereStopsTheStartWithAClearMessage(CapturedOutput output) {
        Path missing = USERS.directory().resolve("no-such-key.json");

        // arguments, not default properties: application.yml's values would win over those
        assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class)
                .run("--server.port=0", "--ledger.gateway.users-file=" + USERS.directory().resolve("users.json"),
                        "--ledger.gateway.signing-key-file=" + missing).close())
                .rootCause().hasMessageContaining(missing + " (ledger.gateway.signing-key-file, LEDGER_SIGNING_KEY_FILE) "
                        + "cannot be used: there is no such file");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The gateway's signing key " + missing)
                .contains("or unset it to have the gateway make a key of its own at start-up");
    }

    static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
