package ruleoflaw.ledger.gateway.app;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The web application for signed-in people, {@code /app/}: static files under {@code static/app} (served by
 * WebFlux's resource handling; its first page is named here, since only {@code /} has a welcome page). {@code /app}
 * redirects there, query kept. Signed-in users only: without a session a browser is sent to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class AppPage {

    private static final Resource PAGE = new ClassPathResource("static/app/index.html");

    @Bean
    RouterFunction<ServerResponse> appPageRoutes() {
        return RouterFunctions.route()
                .GET("/app", request -> ServerResponse.temporaryRedirect(URI.create(
                        UriComponentsBuilder.fromPath("/app/").query(request.uri().getRawQuery()).build(true)
                                .toUriString())).build())
                // the page names its scripts without versions: it is asked for again on every visit
                .GET("/app/", request -> PAGE.exists()
                        ? ServerResponse.ok().cacheControl(CacheControl.noCache()).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                                .bodyValue(PAGE)
                        : ServerResponse.notFound().build())
                .build();
    }
}
