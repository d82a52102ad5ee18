package ruleoflaw.ledger.platform.batch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Hands one line of a batch to the service as if it were a request of its own: through the filters that make a write
 * what it is (the idempotency filter: the line's id as Idempotency-Key) and then Spring MVC's dispatcher, so that the
 * line meets the same controller, validation, problem answers and command path as the single request. The caller,
 * already authenticated and authorised for the batch (a write in this context, as every line is), stays the same.
 */
final class LineDispatcher {

    private static final Logger log = LoggerFactory.getLogger(LineDispatcher.class);

    /** What the line's request was answered. */
    record Answer(int status, Map<String, String> headers, String contentType, byte[] body, String errorMessage) {

        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final Supplier<List<Filter>> filters;
    private final Supplier<DispatcherServlet> servlet;
    private volatile List<Filter> writeFilters;

    /**
     * {@code filters}: in the order the single request passes them; {@code servlet}: the service's dispatcher (both
     * asked when the first line comes, once the web application runs).
     */
    LineDispatcher(Supplier<List<Filter>> filters, Supplier<DispatcherServlet> servlet) {
        this.filters = filters;
        this.servlet = servlet;
    }

    Answer dispatch(HttpServletRequest batch, String method, String path, Map<String, String> query,
            Map<String, String> headers, byte[] body) {
        LineRequest request = new LineRequest(batch, method, path, query, headers, body);
        LineResponse response = new LineResponse();
        try {
            chain(0).doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // what the single request would have answered with the servlet container's 500
            log.error("{} {} of a batch failed", method, path, e);
            response.sendError(500, "The line could not be handled: " + e.getMessage());
        }
        return new Answer(response.getStatus(), response.headerValues(), response.getContentType(),
                response.bodyBytes(), response.errorMessage());
    }

    private FilterChain chain(int next) {
        List<Filter> chain = writeFilters;
        if (chain == null) {
            chain = writeFilters = List.copyOf(filters.get());
        }
        if (next == chain.size()) {
            return servlet.get()::service;
        }
        Filter filter = chain.get(next);
        return (request, response) -> filter.doFilter(request, response, chain(next + 1));
    }
}
