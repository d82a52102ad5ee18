package ruleoflaw.ledger.gateway.limits;

import java.util.regex.Pattern;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import ruleoflaw.ledger.gateway.GatewayProblems;

/**
 * No record is bigger than 1 MiB: a larger body is refused with 413 before it reaches a service. A batch of ledger
 * lines ({@code POST /api/<context>/ledger/lines}) may hold many records: up to 8 MiB. A write must say how long its
 * body is (every HTTP client does for a JSON body), so the limit cannot be dodged.
 */
@Component
class BodySizeLimitFilter implements GlobalFilter, Ordered {

    // Spring's megabyte is 1024 * 1024 bytes
    static final DataSize LIMIT = DataSize.ofMegabytes(1);
    static final DataSize BATCH_LIMIT = DataSize.ofMegabytes(8);
    private static final Pattern BATCH = Pattern.compile("/api/[^/]+/ledger/lines");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        boolean batch = BATCH.matcher(exchange.getRequest().getPath().value()).matches();
        DataSize limit = batch ? BATCH_LIMIT : LIMIT;
        String most = limit.toBytes() + " (" + limit.toMegabytes() + " MiB)";
        if (length > limit.toBytes()) {
            return GatewayProblems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                    "The body has " + length + " bytes; at most " + most + " are accepted"
                            + (batch ? " in a batch of ledger lines: send fewer lines per batch" : "")
                            + ". Nothing was recorded.");
        }
        if (length < 0 && headers.containsKey(HttpHeaders.TRANSFER_ENCODING) && isWrite(exchange.getRequest().getMethod())) {
            return GatewayProblems.write(exchange, HttpStatus.LENGTH_REQUIRED, "Length required",
                    "Send the body with a Content-Length (at most " + limit.toMegabytes() + " MiB).");
        }
        return chain.filter(exchange);
    }

    private static boolean isWrite(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
