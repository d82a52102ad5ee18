package ruleoflaw.ledger.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionIdResolver;

import ruleoflaw.ledger.contracts.identity.LedgerRoles;
import ruleoflaw.ledger.gateway.GatewayProblems;
import ruleoflaw.ledger.gateway.users.UsersStore;

/**
 * Who may do what, decided at the gateway (and decided again by each service): anonymous callers reach
 * only health, the sign-in page and published reports; recorders write records of their contexts; editors and approvers take
 * the annual report's steps each of their role ({@link LedgerRoles#REPORT_STEPS}); everybody authenticated
 * reads, and sees the dashboard page and the application; admin paths and the users API need admin.
 *
 * <p>Programs send their credentials with every request (HTTP Basic with a local user, or an identity provider's
 * bearer token) and have no session. People sign in on the login page ({@link SignInPage}; local users): a session
 * cookie then ({@link BrowserSessions}), with CSRF protection for what it changes ({@link BrowserSignIn}); a person's
 * page asked for without either goes to the sign-in page instead of a 401.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(GatewaySecurityProperties.class)
class GatewaySecurity {

    private static final Logger log = LoggerFactory.getLogger(GatewaySecurity.class);
    static final String REALM = "rule-of-law ledger";
    /** In identity-provider mode, the token's claim listing the user's department codes. */
    static final String DEPARTMENTS_CLAIM = "departments";

    @Bean
    SecurityWebFilterChain ledgerGatewaySecurity(ServerHttpSecurity http, GatewaySecurityProperties properties,
            Clock clock, ObjectProvider<UsersStore> localUsers, DefaultWebSessionManager webSessions) {
        WebSessionIdResolver sessions = webSessions.getSessionIdResolver();
        ServerAuthenticationEntryPoint signIn = (exchange, e) -> {
            boolean hadSession = BrowserSessions.namesASession(exchange, sessions);
            if (BrowserSignIn.isPersonsPage(exchange.getRequest())) {
                return SignInPage.redirect(exchange, SignInPage.location(hadSession ? SignInPage.EXPIRED : null,
                        SignInPage.requested(exchange)));
            }
            if (!properties.jwtMode() && !BrowserSignIn.fromAPage(exchange, sessions)) {
                exchange.getResponse().getHeaders().set("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            }
            return GatewayProblems.write(exchange, HttpStatus.UNAUTHORIZED, "Not authenticated", hadSession
                    ? "Your session has ended (signed out, or no request for too long); sign in again at /login."
                    : "Sign in to use the ledger (HTTP Basic with your ledger user, or a bearer token).");
        };
        // the page to go back to after signing in is the login form's "next", not a session's memory
        http.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(cors -> {
                })
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((exchange, e) -> GatewayProblems.write(exchange, HttpStatus.FORBIDDEN,
                                "Not allowed", "Your roles do not allow this; nothing was recorded.")))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers("/actuator/health", "/actuator/health/**", "/.well-known/jwks.json").permitAll()
                            // the sign-in page and its style; POST /login and /logout are answered before this
                            .pathMatchers(HttpMethod.GET, SignInPage.PATH, SignInPage.PATH + "/**").permitAll()
                            .pathMatchers(HttpMethod.GET, LedgerRoles.PUBLIC_READS).permitAll()
                            .pathMatchers("/api/reports/admin/**").hasRole(LedgerRoles.ADMIN)
                            .pathMatchers("/api/users", "/api/users/**").hasRole(LedgerRoles.ADMIN)
                            // progress of an import or a rebuild: reported by those who may run one, not by readers
                            .pathMatchers(HttpMethod.PUT, "/api/dashboard/operations/**")
                            .hasAnyRole(LedgerRoles.RECORDER, LedgerRoles.ADMIN)
                            // the application, the dashboard page, their scripts and the dashboard's own API: any
                            // signed-in user (a person without a session is sent to the sign-in page)
                            .pathMatchers("/app", "/app/**").authenticated()
                            .pathMatchers("/dashboard", "/dashboard/**", "/district", "/webjars/**", "/api/dashboard/**").authenticated()
                            // the 台账 workbook (template, check, export; nothing is recorded there): any signed-in user
                            .pathMatchers("/api/workbook/**").authenticated()
                            .pathMatchers(HttpMethod.GET, "/api/**").authenticated();
                    for (String context : LedgerRoles.RECORDING_CONTEXTS) {
                        exchanges.pathMatchers("/api/" + context + "/**").access(recorderIn(context));
                    }
                    LedgerRoles.REPORT_STEPS.forEach((step, role) -> exchanges
                            .pathMatchers(LedgerRoles.reportStepPath(step)).hasRole(role));
                    exchanges.pathMatchers("/api/reports/**")
                            .hasAnyRole(LedgerRoles.EDITOR, LedgerRoles.APPROVER, LedgerRoles.ADMIN)
                            .pathMatchers("/actuator/**").hasAnyRole(LedgerRoles.AUDITOR, LedgerRoles.ADMIN)
                            .anyExchange().authenticated();
                });
        if (properties.jwtMode()) {
            log.info("Authentication: bearer tokens of the identity provider (roles, contexts and departments from "
                    + "the 'roles', 'contexts' and 'departments' claims)");
            // no sessions: every request carries its token, and /login sends people to the provider
            http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                    .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                    .logout(ServerHttpSecurity.LogoutSpec::disable)
                    .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                    .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(identityProviderRoles())));
        } else {
            UsersStore users = localUsers.getObject();
            log.info("Authentication: HTTP Basic against the users in {}, or the login page's session", users.whereabouts());
            CachingLocalAuthentication authentication = new CachingLocalAuthentication(users, clock);
            CookieServerCsrfTokenRepository csrfTokens = BrowserSignIn.csrfTokens();
            http.securityContextRepository(new BrowserSessions.Repository(sessions, users))
                    .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                            .csrfTokenRequestHandler(BrowserSignIn.csrfTokenHandler())
                            .requireCsrfProtectionMatcher(BrowserSignIn.needsCsrfToken(sessions))
                            .accessDeniedHandler((exchange, e) -> BrowserSignIn.isLoginForm(exchange.getRequest())
                                    ? BrowserSignIn.backToTheForm(exchange, SignInPage.STALE)
                                    : GatewayProblems.write(exchange, HttpStatus.FORBIDDEN, "CSRF token missing",
                                            "A change from a signed-in page needs the " + BrowserSignIn.CSRF_HEADER
                                                    + " header with the value of the " + BrowserSignIn.CSRF_COOKIE
                                                    + " cookie; nothing was recorded.")))
                    .addFilterAfter(BrowserSignIn.csrfCookie(sessions), SecurityWebFiltersOrder.CSRF)
                    // programs: the credentials of every request, never a session
                    .httpBasic(basic -> basic.authenticationManager(authentication).authenticationEntryPoint(signIn)
                            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance()))
                    // people: the login page's form, then the session's cookie
                    .formLogin(form -> form.loginPage(SignInPage.PATH)
                            .authenticationManager(authentication)
                            .authenticationEntryPoint(signIn)
                            .authenticationSuccessHandler(BrowserSignIn.signedIn(csrfTokens))
                            .authenticationFailureHandler(BrowserSignIn.wrongPassword()))
                    // the session ends (BrowserSessions.Repository) and the CSRF token with it
                    .logout(logout -> logout.logoutUrl("/logout")
                            .logoutSuccessHandler((exchange, signedOut) -> SignInPage.redirect(exchange.getExchange(),
                                    SignInPage.location(SignInPage.SIGNED_OUT, null))))
                    .addFilterBefore(new FailedSignIns(clock, authentication::remembers), SecurityWebFiltersOrder.HTTP_BASIC);
        }
        return http.build();
    }

    /**
     * Prometheus scrapes the gateway with the metrics token instead of a user; any other request for the metrics
     * (no token, another token, a user) goes to the chain above, which asks for an auditor or admin.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain prometheusScrape(ServerHttpSecurity http, GatewaySecurityProperties properties) {
        byte[] expected = properties.metricsToken() == null || properties.metricsToken().isBlank() ? null
                : ("Bearer " + properties.metricsToken()).getBytes(StandardCharsets.UTF_8);
        ServerWebExchangeMatcher scrape = new AndServerWebExchangeMatcher(
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/actuator/prometheus"),
                exchange -> {
                    String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
                    return expected != null && authorization != null
                            && MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))
                            ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
                });
        return http.securityMatcher(scrape)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> recorderIn(String context) {
        return (authentication, request) -> authentication
                .filter(Authentication::isAuthenticated)
                .map(Identity::of)
                .map(identity -> new AuthorizationDecision(identity.roles().contains(LedgerRoles.RECORDER)
                        && LedgerRoles.mayRecordIn(identity.contexts(), context)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static ReactiveJwtAuthenticationConverterAdapter identityProviderRoles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> Identity.authorities(
                jwt.getClaimAsStringList(LedgerRoles.ROLES_CLAIM), jwt.getClaimAsStringList(LedgerRoles.CONTEXTS_CLAIM),
                jwt.getClaimAsStringList(DEPARTMENTS_CLAIM)));
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    /** Browsers may call the API from the dashboard's own origin only. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewaySecurityProperties properties) {
        CorsConfiguration dashboard = new CorsConfiguration();
        dashboard.setAllowedOrigins(List.of(properties.dashboardOrigin()));
        dashboard.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        dashboard.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"));
        dashboard.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Idempotent-Replayed"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", dashboard);
        return source;
    }

    /** A request the firewall refuses (a {@code //} in the path, say) is a 400 with a problem body like any other. */
    @Bean
    ServerExchangeRejectedHandler refusedAsProblems() {
        return (exchange, rejected) -> GatewayProblems.write(exchange, HttpStatus.BAD_REQUEST, "Request refused",
                "The request was refused before it reached the ledger: " + rejected.getMessage());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

}
