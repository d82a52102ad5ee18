package ruleoflaw.ledger.gateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

import reactor.core.publisher.Mono;

/**
 * {@code GET /login}: the sign-in page for people ({@code static/login/index.html}, filled in here with the form's
 * CSRF token, the page to go back to, and the one message the address asks for). In the identity provider's mode,
 * a page sending people to the provider instead ({@code static/login/provider.html}). {@code POST /login} and
 * {@code POST /logout} are the gateway's security ({@link GatewaySecurity}).
 */
@Configuration(proxyBeanMethods = false)
class SignInPage {

    static final String PATH = "/login";
    /** Where a browser goes after signing in when it names no page (or one that is not the ledger's). */
    static final String DEFAULT_NEXT = "/app/";
    /** The messages of the page, each a query parameter, in the order one is picked when several are given. */
    static final String WRONG_PASSWORD = "error";
    static final String TOO_MANY = "too-many";
    static final String STALE = "stale";
    static final String EXPIRED = "expired";
    static final String SIGNED_OUT = "logout";
    private static final List<String> MESSAGES = List.of(TOO_MANY, WRONG_PASSWORD, STALE, EXPIRED, SIGNED_OUT);

    /** A page of the ledger: the application, the dashboard, the district's table; a path, never another site. */
    private static final Pattern LOCAL_PAGE =
            Pattern.compile("/(?:app|dashboard|district)(?:[/?](?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final String localPage = read("static/login/index.html");
    private final String providerPage = read("static/login/provider.html");

    @Bean
    RouterFunction<ServerResponse> signInPageRoutes(GatewaySecurityProperties security, SignInProperties signIn) {
        return RouterFunctions.route()
                .GET(PATH, request -> page(request, security.jwtMode(), signIn))
                // the template itself is not a page
                .GET(PATH + "/", request -> ServerResponse.temporaryRedirect(URI.create(PATH)).build())
                .GET(PATH + "/index.html", request -> ServerResponse.temporaryRedirect(URI.create(PATH)).build())
                .GET(PATH + "/provider.html", request -> ServerResponse.temporaryRedirect(URI.create(PATH)).build())
                .build();
    }

    private Mono<ServerResponse> page(ServerRequest request, boolean jwtMode, SignInProperties signIn) {
        if (jwtMode) {
            String url = signIn.identityProvider().usableLoginUrl();
            String html = show(providerPage, "data-provider=\"" + (url == null ? "none" : "link") + "\"")
                    .replace("{{login-url}}", url == null ? "" : HtmlUtils.htmlEscape(url));
            return html(html);
        }
        Mono<CsrfToken> token = request.exchange().getAttribute(CsrfToken.class.getName());
        return (token == null ? Mono.<CsrfToken>empty() : token)
                .map(CsrfToken::getToken)
                .defaultIfEmpty("")
                .flatMap(csrf -> html(localPage(request.queryParams(), csrf)));
    }

    private String localPage(MultiValueMap<String, String> query, String csrf) {
        String html = localPage;
        for (String message : MESSAGES) {
            if (query.containsKey(message)) {
                html = show(html, "data-message=\"" + message + "\"");
                break;
            }
        }
        String next = safeNext(query.getFirst("next"));
        return html.replace("{{csrf}}", HtmlUtils.htmlEscape(csrf))
                .replace("{{next}}", next == null ? "" : HtmlUtils.htmlEscape(next))
                .replace("{{wait}}", String.valueOf(seconds(query.getFirst("wait"))));
    }

    /** The element marked {@code marker} shown (its {@code hidden} attribute removed) and announced. */
    private static String show(String html, String marker) {
        return html.replace(marker + " hidden", marker + " role=\"alert\"");
    }

    private static long seconds(String wait) {
        try {
            return wait == null ? 60 : Math.max(1, Math.min(3600, Long.parseLong(wait)));
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    private static Mono<ServerResponse> html(String html) {
        return ServerResponse.ok().contentType(HTML).cacheControl(CacheControl.noStore()).bodyValue(html);
    }

    /** {@code next} if it is a page of the ledger on this gateway, else null. */
    static String safeNext(String next) {
        return next != null && next.length() <= 2000 && LOCAL_PAGE.matcher(next).matches() ? next : null;
    }

    /** The sign-in page's address with a message ({@code null}: none) and, if it is one of the ledger's, a page to go on to. */
    static String location(String message, String next) {
        StringBuilder location = new StringBuilder(PATH);
        char separator = '?';
        if (message != null) {
            location.append(separator).append(message);
            separator = '&';
        }
        String page = safeNext(next);
        if (page != null) {
            location.append(separator).append("next=")
                    .append(URLEncoder.encode(page, StandardCharsets.UTF_8).replace("%2F", "/"));
        }
        return location.toString();
    }

    /** The page a request asked for, path and query as sent, to come back to after signing in. */
    static String requested(ServerWebExchange exchange) {
        URI uri = exchange.getRequest().getURI();
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A redirect ({@code 302 Found}) to a path of the gateway. */
    static Mono<Void> redirect(ServerWebExchange exchange, String location) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FOUND);
        response.getHeaders().setLocation(URI.create(location));
        return response.setComplete();
    }

    private static String read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the sign-in page's " + resource + " is missing", e);
        }
    }
}
