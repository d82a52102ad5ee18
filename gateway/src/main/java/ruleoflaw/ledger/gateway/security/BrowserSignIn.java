package ruleoflaw.ledger.gateway.security;

import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.WebSessionIdResolver;

import reactor.core.publisher.Mono;

/**
 * What signing in with a browser takes besides the session ({@link BrowserSessions}): CSRF protection for what a
 * session may change, the token's cookie, where the login form goes on success and on failure, and which requests
 * are a person's page (sent to the sign-in page rather than asked for HTTP Basic credentials).
 *
 * <p>CSRF tokens live in the {@code XSRF-TOKEN} cookie (readable by the pages' scripts, which send it back in the
 * {@code X-XSRF-TOKEN} header; the login and logout forms send it masked in their {@code _csrf} field). Only a
 * request that a session may authenticate needs one: a change ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) without an {@code Authorization} header that names a session, and the login and logout forms.
 * A program's request, with its credentials in the {@code Authorization} header, never uses a session and needs
 * none: a browser does not add that header to another site's request on its own.
 */
final class BrowserSignIn {

    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    static final String CSRF_COOKIE = "XSRF-TOKEN";
    /** Exchange attribute: the login form's password was wrong (counted by {@link FailedSignIns}). */
    static final String WRONG_PASSWORD = BrowserSignIn.class.getName() + ".WRONG_PASSWORD";

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    /** The dashboard's pages: a browser without credentials goes to the sign-in page; their scripts are asked for them. */
    private static final Set<String> DASHBOARD_PAGES = Set.of("/dashboard", "/dashboard/", "/dashboard/index.html",
            "/dashboard/district.html", "/district");

    private BrowserSignIn() {
    }

    static CookieServerCsrfTokenRepository csrfTokens() {
        CookieServerCsrfTokenRepository tokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    static ServerWebExchangeMatcher needsCsrfToken(WebSessionIdResolver sessions) {
        return exchange -> {
            ServerHttpRequest request = exchange.getRequest();
            boolean needs = !SAFE.contains(request.getMethod()) && !hasCredentials(request)
                    && (isForm(request) || BrowserSessions.namesASession(exchange, sessions));
            return needs ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    /** The login or logout form. */
    static boolean isForm(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        return path.equals(SignInPage.PATH) || path.equals("/logout");
    }

    static boolean isLoginForm(ServerHttpRequest request) {
        return HttpMethod.POST.equals(request.getMethod())
                && request.getPath().pathWithinApplication().value().equals(SignInPage.PATH);
    }

    static boolean hasCredentials(ServerHttpRequest request) {
        return request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION);
    }

    /**
     * The token of the {@code X-XSRF-TOKEN} header as the cookie has it (a page's script copies it); the one of a
     * form's {@code _csrf} field masked, as the login page writes it (a new mask each time, so that a compressed page
     * does not give it away), or as the cookie has it (a page's script may fill a form's field from the cookie).
     */
    static ServerCsrfTokenRequestAttributeHandler csrfTokenHandler() {
        XorServerCsrfTokenRequestAttributeHandler masked = new XorServerCsrfTokenRequestAttributeHandler();
        return new ServerCsrfTokenRequestAttributeHandler() {
            @Override
            public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
                masked.handle(exchange, csrfToken);
            }

            @Override
            public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
                String header = exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName());
                if (header != null) {
                    return Mono.just(header);
                }
                // a field as the cookie has it is no masked token (not twice the token's length): taken as it is
                return masked.resolveCsrfTokenValue(exchange, csrfToken)
                        .switchIfEmpty(Mono.defer(() -> super.resolveCsrfTokenValue(exchange, csrfToken)));
            }
        };
    }

    /**
     * Writes the {@code XSRF-TOKEN} cookie (the token is made only when asked for) on the sign-in page and on every
     * response to a browser with a session, so that the page's scripts have it; never for a program's request.
     */
    static WebFilter csrfCookie(WebSessionIdResolver sessions) {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            ServerHttpRequest request = exchange.getRequest();
            if (token == null || hasCredentials(request)
                    || !(isForm(request) || BrowserSessions.namesASession(exchange, sessions))) {
                return chain.filter(exchange);
            }
            return token.then(Mono.defer(() -> chain.filter(exchange)));
        };
    }

    /**
     * Signed in: a new CSRF token (the one of the login page may be known to whoever served it), then the page the
     * form names if it is the ledger's, else the application.
     */
    static ServerAuthenticationSuccessHandler signedIn(CookieServerCsrfTokenRepository tokens) {
        return (filterExchange, authentication) -> {
            ServerWebExchange exchange = filterExchange.getExchange();
            return tokens.generateToken(exchange).flatMap(token -> tokens.saveToken(exchange, token))
                    .then(exchange.getFormData())
                    .flatMap(form -> {
                        String next = SignInPage.safeNext(form.getFirst("next"));
                        return SignInPage.redirect(exchange, next == null ? SignInPage.DEFAULT_NEXT : next);
                    });
        };
    }

    /** A wrong name or password: back to the form, with the message and the page it was for. */
    static ServerAuthenticationFailureHandler wrongPassword() {
        return (filterExchange, exception) -> {
            ServerWebExchange exchange = filterExchange.getExchange();
            exchange.getAttributes().put(WRONG_PASSWORD, Boolean.TRUE);
            return backToTheForm(exchange, SignInPage.WRONG_PASSWORD);
        };
    }

    /** The login form again, with {@code message} and the page the form was for. */
    static Mono<Void> backToTheForm(ServerWebExchange exchange, String message) {
        return exchange.getFormData().flatMap(form -> SignInPage.redirect(exchange,
                SignInPage.location(message, form.getFirst("next"))));
    }

    /**
     * Whether a request unauthenticated goes to the sign-in page: a page of the application ({@code /app/**}) or of
     * the dashboard, asked for without credentials (a program's wrong credentials are a 401, and counted).
     */
    static boolean isPersonsPage(ServerHttpRequest request) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (hasCredentials(request) || !read) {
            return false;
        }
        String path = request.getPath().pathWithinApplication().value();
        return path.equals("/app") || path.startsWith("/app/") || DASHBOARD_PAGES.contains(path);
    }

    /**
     * Whether an unauthenticated request came from a page's script: then no HTTP Basic challenge, which would have
     * the browser ask for a password in a dialog of its own (the page sends people to the sign-in page instead).
     */
    static boolean fromAPage(ServerWebExchange exchange, WebSessionIdResolver sessions) {
        ServerHttpRequest request = exchange.getRequest();
        return BrowserSessions.namesASession(exchange, sessions) || request.getCookies().containsKey(CSRF_COOKIE)
                || request.getHeaders().containsKey("X-Requested-With");
    }
}
