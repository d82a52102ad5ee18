package ruleoflaw.ledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;

/** Deployments with an identity provider: its bearer tokens instead of local users; roles from its claims. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"ledger.gateway.auth-mode=jwt",
        "ledger.security.identity-provider.login-url=https://idp.example/login?client=ledger&lang=zh"})
class IdentityProviderModeTest {

    private static final RSAKey PROVIDER_KEY = providerKey();
    private static HttpServer provider;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        StubServices.register(registry);
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/jwks", exchange -> {
            byte[] body = new JWKSet(PROVIDER_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks");
        registry.add("ledger.gateway.users-file", () -> System.getProperty("java.io.tmpdir") + "/unused-users.json");
    }

    @AfterAll
    static void stop() {
        provider.stop(0);
    }

    @Autowired
    WebTestClient web;

    @Test
    void aProviderTokenWithTheRecorderRoleRecordsInItsContexts() {
        String token = token("zhang.san@bureau.example", List.of("recorder"), List.of("study"));

        web.post().uri("/api/study/sessions").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
        assertThat(StubServices.lastSeen.get("study").authorization()).startsWith("Bearer ").isNotEqualTo("Bearer " + token);

        web.post().uri("/api/litigation/cases").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isForbidden();
    }

    @Test
    void withoutATokenOrWithBasicCredentialsTheCallerIsNotAuthenticated() {
        web.get().uri("/api/study/sessions").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/study/sessions").headers(h -> h.setBasicAuth("recorder", "whatever")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theProviderManagesTheUsersSoTheGatewayHasNoUsersApi() {
        String admin = token("admin@bureau.example", List.of("admin"), List.of());

        web.get().uri("/api/users").headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isNotFound();
        web.post().uri("/api/users").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"x\",\"roles\":[\"admin\"]}").exchange().expectStatus().isNotFound();
    }

    @Test
    void peopleAreSentToTheProvidersSignInPageAndBearerTokensNeedNoCsrfToken() {
        String page = web.get().uri("/login").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<title>法治建设台账 · 登录</title>", "统一身份认证",
                "href=\"https://idp.example/login?client=ledger&amp;lang=zh\"").doesNotContain("name=\"password\"", "{{");
        web.get().uri("/app/").exchange().expectStatus().isFound()
                .expectHeader().valueEquals("Location", "/login?next=/app/");
        web.post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("username=a&password=b")
                .exchange().expectStatus().value(status -> assertThat(status).isNotEqualTo(302));

        String token = token("li.si@bureau.example", List.of("recorder"), List.of("study"));
        web.post().uri("/api/study/sessions").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk().expectHeader().doesNotExist("Set-Cookie");
    }

    private static String token(String subject, List<String> roles, List<String> contexts) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("https://idp.example").subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .claim("roles", roles).claim("contexts", contexts).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(PROVIDER_KEY)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("idp").build(), claims))
                .getTokenValue();
    }

    private static RSAKey providerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID("idp").build();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
