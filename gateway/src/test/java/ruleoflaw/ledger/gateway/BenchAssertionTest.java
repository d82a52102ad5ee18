package ruleoflaw.ledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With ledger.bench.enabled the gateway hands the signed-in caller its own assertion, one a service accepts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ledger.bench.enabled=true")
class BenchAssertionTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
    }

    @Autowired
    WebTestClient web;
    @LocalServerPort
    int port;

    @Test
    void theSignedInRecorderGetsItsOwnAssertionVerifiableWithTheGatewaysKeys() throws IOException {
        String password = USERS.password("recorder");
        Map<String, String> answer = web.get().uri("/api/bench/assertion")
                .headers(h -> h.setBasicAuth("recorder", password)).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, String>>() {
                }).returnResult().getResponseBody();

        Jwt assertion = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/.well-known/jwks.json").build()
                .decode(answer.get("assertion"));
        assertThat(assertion.getSubject()).isEqualTo("recorder");
        assertThat(assertion.getClaimAsStringList("roles")).containsExactly("recorder");
        assertThat(assertion.getAudience()).containsExactly("ledger-services");
        assertThat(Instant.parse(answer.get("expiresAt"))).isEqualTo(assertion.getExpiresAt())
                .isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(61));
    }

    @Test
    void nobodyGetsOneWithoutSigningIn() {
        web.get().uri("/api/bench/assertion").exchange().expectStatus().isUnauthorized();
    }

}
