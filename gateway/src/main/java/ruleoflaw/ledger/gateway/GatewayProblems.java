package ruleoflaw.ledger.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import reactor.core.publisher.Mono;

/** The gateway's own answers (401, 403, 413, 429, 503) as RFC 9457 problem bodies, like the services'. */
public final class GatewayProblems {

    /** Extra members at the top level, as RFC 9457 has them (not in a {@code properties} object). */
    private static final ObjectMapper JSON = new ObjectMapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

    private GatewayProblems() {
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
        return write(exchange, status, title, detail, null);
    }

    /** A problem naming the field it is about in its {@code errors} member, as the services' 400s do. */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail,
            String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        problem.setTitle(title);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        String correlationId = exchange.getRequest().getHeaders().getFirst(RequestIdFilter.HEADER);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            byte[] body = JSON.writeValueAsBytes(problem);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        } catch (JsonProcessingException e) {
            return response.writeWith(Mono.just(response.bufferFactory().wrap(detail.getBytes(StandardCharsets.UTF_8))));
        }
    }
}
