package ruleoflaw.ledger.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.platform.audit.RequestCorrelationFilter;

/**
 * What the servlet container answers by itself (a malformed request, an unknown path it refuses) as a problem body,
 * with the status it chose; {@code /error} asked for directly is a 404 (it was a 500, for nothing that failed).
 */
@RestController
public class ServletErrors implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status == HttpStatus.NOT_FOUND
                ? "Nothing is here." : "The request was refused before it reached the ledger: " + status.getReasonPhrase() + ".");
        problem.setTitle(status.getReasonPhrase());
        String correlationId = RequestCorrelationFilter.current();
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
