package ruleoflaw.ledger.gateway.dashboard;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard page, {@code /dashboard/}: static files under {@code static/dashboard} (its scripts and styles are
 * served by WebFlux's resource handling; the page itself is named here, since only {@code /} has a welcome page).
 * {@code /dashboard} redirects there, query kept, so the page's relative links resolve. Signed-in users only, as
 * every path not opened in the gateway's security. {@code /district} goes to the district's table beside it.
 */
@Configuration(proxyBeanMethods = false)
class DashboardPage {

    private static final Resource PAGE = new ClassPathResource("static/dashboard/index.html");

    @Bean
    RouterFunction<ServerResponse> dashboardPageRoutes() {
        return RouterFunctions.route()
                .GET("/dashboard", request -> ServerResponse.temporaryRedirect(URI.create(
                        UriComponentsBuilder.fromPath("/dashboard/").query(request.uri().getRawQuery()).build(true)
                                .toUriString())).build())
                .GET("/dashboard/", request -> ServerResponse.ok().contentType(new MediaType(MediaType.TEXT_HTML,
                        java.nio.charset.StandardCharsets.UTF_8)).bodyValue(PAGE))
                // the district's table of a year: static/dashboard/district.html, for those who read every department
                .GET("/district", request -> ServerResponse.temporaryRedirect(URI.create(
                        UriComponentsBuilder.fromPath("/dashboard/district.html").query(request.uri().getRawQuery())
                                .build(true).toUriString())).build())
                .build();
    }
}
