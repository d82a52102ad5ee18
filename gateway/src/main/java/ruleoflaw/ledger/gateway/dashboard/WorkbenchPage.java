package ruleoflaw.ledger.gateway.dashboard;

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
 * The web application, {@code /app/} (法治建设台账 · 工作台): static files under {@code static/app} — the shell
 * ({@code app.js}), the records pages, reports and workbook modules, {@code labels.json} — served by WebFlux's
 * resource handling like the dashboard's; the page itself is named here. {@code /app} redirects there, query kept
 * ({@code ?department=}), so the page's relative links resolve. Signed-in users only (the gateway's security).
 */
@Configuration(proxyBeanMethods = false)
class WorkbenchPage {

    private static final Resource PAGE = new ClassPathResource("static/app/index.html");

    @Bean
    RouterFunction<ServerResponse> workbenchPageRoutes() {
        return RouterFunctions.route()
                .GET("/app", request -> ServerResponse.temporaryRedirect(URI.create(
                        UriComponentsBuilder.fromPath("/app/").query(request.uri().getRawQuery()).build(true)
                                .toUriString())).build())
                // the page names its scripts without versions: it is asked for again on every visit
                .GET("/app/", request -> ServerResponse.ok().cacheControl(CacheControl.noCache())
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).bodyValue(PAGE))
                .build();
    }
}
