package ruleoflaw.ledger.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import reactor.core.publisher.Mono;
import ruleoflaw.ledger.contracts.identity.LedgerRoles;

/**
 * Services trust only the gateway: every routed request leaves with a short-lived assertion of who the
 * caller is, signed with a key the gateway makes at start-up and never writes down, or the one of
 * {@code ledger.gateway.signing-key-file} ({@link SigningKey}). The client's own credentials stay at the gateway.
 * Services verify assertions against {@code /.well-known/jwks.json}.
 */
@Component
@RestController
class IdentityAssertions implements GlobalFilter, Ordered {

    private record Issued(String token, Instant reuseUntil) {
    }

    private final RSAKey key;
    private final NimbusJwtEncoder encoder;
    private final Clock clock;
    /** An RSA signature per request would cost more than the proxying: reuse one for half its lifetime. */
    private final Map<Identity, Issued> recent = new ConcurrentHashMap<>();

    IdentityAssertions(Clock clock, GatewaySecurityProperties properties) {
        this.clock = clock;
        this.key = SigningKey.of(properties.signingKeyPath());
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    }

    @GetMapping("/.well-known/jwks.json")
    Map<String, Object> publicKeys() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(authentication -> withAssertion(exchange, Identity.of(authentication)))
                .defaultIfEmpty(withoutCredentials(exchange))
                .flatMap(chain::filter);
    }

    private ServerWebExchange withAssertion(ServerWebExchange exchange, Identity identity) {
        String assertion = assertion(identity);
        return exchange.mutate().request(request -> request.headers(headers -> headers.setBearerAuth(assertion))).build();
    }

    private static ServerWebExchange withoutCredentials(ServerWebExchange exchange) {
        return exchange.mutate().request(request -> request.headers(headers -> headers.remove(HttpHeaders.AUTHORIZATION)))
                .build();
    }

    String assertion(Identity identity) {
        Instant now = clock.instant();
        Issued issued = recent.get(identity);
        if (issued == null || !issued.reuseUntil().isAfter(now)) {
            if (recent.size() > 10_000) {
                recent.clear();
            }
            issued = new Issued(sign(identity, now), now.plus(LedgerRoles.ASSERTION_LIFETIME.dividedBy(2)));
            recent.put(identity, issued);
        }
        return issued.token();
    }

    private String sign(Identity identity, Instant now) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(LedgerRoles.ISSUER)
                .audience(List.of(LedgerRoles.AUDIENCE))
                .subject(identity.user())
                .issuedAt(now)
                .expiresAt(now.plus(LedgerRoles.ASSERTION_LIFETIME))
                .id(UUID.randomUUID().toString())
                .claim(LedgerRoles.ROLES_CLAIM, identity.roles())
                .claim(LedgerRoles.CONTEXTS_CLAIM, identity.contexts())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
