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
import org.springframework.http.HttpStatus;
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
import ruleoflaw.ledger.gateway.GatewayProblems;

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
    private final Map<DepartmentOfRequest.Acting, Issued> recent = new ConcurrentHashMap<>();
    private final DepartmentOfRequest departments;

    IdentityAssertions(Clock clock, GatewaySecurityProperties properties, DepartmentOfRequest departments) {
        this.clock = clock;
        this.departments = departments;
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
                .map(Identity::of)
                .flatMap(identity -> {
                    DepartmentOfRequest.Acting acting;
                    try {
                        acting = departments.of(identity, exchange.getRequest());
                    } catch (DepartmentOfRequest.Refused refused) {
                        return refused(exchange, refused).thenReturn(identity);
                    }
                    return chain.filter(withAssertion(exchange, acting)).thenReturn(identity);
                })
                .switchIfEmpty(Mono.defer(() -> chain.filter(withoutCredentials(exchange)).then(Mono.empty())))
                .then();
    }

    private static Mono<Void> refused(ServerWebExchange exchange, DepartmentOfRequest.Refused refused) {
        return refused.badCode()
                ? GatewayProblems.write(exchange, HttpStatus.BAD_REQUEST, "Invalid department", refused.getMessage(),
                        DepartmentOfRequest.PARAMETER)
                : GatewayProblems.write(exchange, HttpStatus.FORBIDDEN, "Not your department", refused.getMessage(),
                        DepartmentOfRequest.PARAMETER);
    }

    private ServerWebExchange withAssertion(ServerWebExchange exchange, DepartmentOfRequest.Acting acting) {
        String assertion = assertion(acting);
        return exchange.mutate().request(request -> request.headers(headers -> {
            withoutBrowserCredentials(headers);
            headers.setBearerAuth(assertion);
        })).build();
    }

    private static ServerWebExchange withoutCredentials(ServerWebExchange exchange) {
        return exchange.mutate().request(request -> request.headers(headers -> {
            withoutBrowserCredentials(headers);
            headers.remove(HttpHeaders.AUTHORIZATION);
        })).build();
    }

    /** A browser's session cookie and CSRF token are the gateway's: services get the assertion only. */
    private static void withoutBrowserCredentials(HttpHeaders headers) {
        headers.remove(HttpHeaders.COOKIE);
        headers.remove(BrowserSignIn.CSRF_HEADER);
    }

    String assertion(DepartmentOfRequest.Acting acting) {
        Instant now = clock.instant();
        Issued issued = recent.get(acting);
        if (issued == null || !issued.reuseUntil().isAfter(now)) {
            if (recent.size() > 10_000) {
                recent.clear();
            }
            issued = new Issued(sign(acting, now), now.plus(LedgerRoles.ASSERTION_LIFETIME.dividedBy(2)));
            recent.put(acting, issued);
        }
        return issued.token();
    }

    private String sign(DepartmentOfRequest.Acting acting, Instant now) {
        Identity identity = acting.identity();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(LedgerRoles.ISSUER)
                .audience(List.of(LedgerRoles.AUDIENCE))
                .subject(identity.user())
                .issuedAt(now)
                .expiresAt(now.plus(LedgerRoles.ASSERTION_LIFETIME))
                .id(UUID.randomUUID().toString())
                .claim(LedgerRoles.ROLES_CLAIM, identity.roles())
                .claim(LedgerRoles.CONTEXTS_CLAIM, identity.contexts())
                .claim(LedgerRoles.DEPARTMENT_CLAIM, acting.department())
                .claim(LedgerRoles.DISTRICT_CLAIM, acting.district())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
