package ruleoflaw.ledger.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.identity.LedgerRoles;
import ruleoflaw.ledger.platform.audit.Recorder;

/**
 * A service trusts only the gateway: every {@code /api/**} request must carry the gateway's signed,
 * short-lived identity assertion ({@code Authorization: Bearer}), and writes and admin paths ({@code /api/{context}/admin/**},
 * reads too) need the right role again here, so a call straight to a service port records nothing. Actuator and API docs stay open: services
 * listen on loopback only and the gateway does not route to them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(LedgerSecurityProperties.class)
public class ServiceSecurityConfiguration {

    @Bean
    SecurityFilterChain ledgerServiceSecurity(HttpSecurity http, LedgerSecurityProperties properties, ObjectMapper json)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/**", "/v3/api-docs/**", "/error").permitAll()
                            .requestMatchers(HttpMethod.GET, LedgerRoles.PUBLIC_READS).permitAll()
                            .requestMatchers("/api/*/admin/**").hasRole(LedgerRoles.ADMIN)
                            .requestMatchers(HttpMethod.GET, "/api/**").authenticated();
                    LedgerRoles.REPORT_STEPS.forEach((step, role) -> requests
                            .requestMatchers(LedgerRoles.reportStepPath(step)).hasRole(role));
                    requests.requestMatchers("/api/**").access(writeAccess(properties.context()))
                            .anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new AssertionHeader())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromAssertion()))
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .build();
    }

    @Bean
    WebSecurityCustomizer headerValuesCheckedWithoutRegex() {
        return web -> web.httpFirewall(HeaderValues.firewall());
    }

    /**
     * Recording contexts: a recorder allowed in this context. Reporting: the report's steps need the role
     * {@link LedgerRoles#REPORT_STEPS} names (matched before this); any other write needs admin.
     */
    static AuthorizationManager<RequestAuthorizationContext> writeAccess(String context) {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext request) -> {
            Authentication who = authentication.get();
            if (!(who instanceof JwtAuthenticationToken token)) {
                return new AuthorizationDecision(false);
            }
            List<String> roles = token.getToken().getClaimAsStringList(LedgerRoles.ROLES_CLAIM);
            if (roles == null) {
                return new AuthorizationDecision(false);
            }
            if (LedgerRoles.RECORDING_CONTEXTS.contains(context)) {
                return new AuthorizationDecision(roles.contains(LedgerRoles.RECORDER)
                        && LedgerRoles.mayRecordIn(token.getToken().getClaimAsStringList(LedgerRoles.CONTEXTS_CLAIM), context));
            }
            return new AuthorizationDecision(roles.contains(LedgerRoles.ADMIN));
        };
    }

    static Converter<Jwt, org.springframework.security.authentication.AbstractAuthenticationToken> rolesFromAssertion() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList(LedgerRoles.ROLES_CLAIM);
            Collection<GrantedAuthority> authorities = roles == null ? List.of()
                    : roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
            return authorities;
        });
        return converter;
    }

    @Bean
    JwtDecoder gatewayAssertionDecoder(LedgerSecurityProperties properties) throws IOException {
        NimbusJwtDecoder decoder;
        if (properties.gatewayPublicKey() != null) {
            try (InputStream pem = properties.gatewayPublicKey().getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(pem);
                decoder = NimbusJwtDecoder.withPublicKey(key).build();
            }
        } else {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.gatewayJwkSetUri()).build();
        }
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(LedgerRoles.AUDIENCE));
        OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(LedgerRoles.ISSUER), audience);
        decoder.setJwtValidator(claims);
        return new VerifiedAssertions(decoder, claims);
    }

    /** The user the gateway vouched for, or {@value Recorder#SYSTEM} outside a request. */
    @Bean
    Recorder recorder() {
        return () -> {
            Authentication who = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            return who instanceof JwtAuthenticationToken token ? token.getName() : Recorder.SYSTEM;
        };
    }
}
