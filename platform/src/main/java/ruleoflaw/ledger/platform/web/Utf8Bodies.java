package ruleoflaw.ledger.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.platform.audit.RequestCorrelationFilter;

/**
 * A request body is UTF-8: one declared in another charset ({@code Content-Type: application/json; charset=ISO-8859-1})
 * is refused with 415 before anything reads it, rather than read in that charset and its Chinese stored garbled.
 */
public class Utf8Bodies extends OncePerRequestFilter {

    private final ObjectMapper json;

    public Utf8Bodies(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !utf8(contentType)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body in "
                    + "UTF-8 (Content-Type: application/json; charset=UTF-8, or no charset); nothing was recorded.");
            problem.setTitle("Unsupported body");
            String correlationId = RequestCorrelationFilter.current();
            if (correlationId != null) {
                problem.setProperty("correlationId", correlationId);
            }
            response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean utf8(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset());
        } catch (InvalidMediaTypeException | UnsupportedCharsetException e) {
            return false;
        }
    }
}
