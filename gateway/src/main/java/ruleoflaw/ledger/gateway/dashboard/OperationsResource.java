package ruleoflaw.ledger.gateway.dashboard;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress of long operations run elsewhere, for the page: {@code PUT /api/dashboard/operations/{id}} by the runner
 * (bin/suite import every two seconds), {@code GET /api/dashboard/operations} by the page. A recorder or an admin
 * may report (those who run imports and rebuilds), each only the operations they started; the report names them.
 */
@RestController
class OperationsResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,31}");
    private static final URI INVALID = URI.create("urn:ledger:problem:invalid-record");

    private final Operations operations;

    OperationsResource(Operations operations) {
        this.operations = operations;
    }

    @GetMapping("/api/dashboard/operations")
    List<Operation> operations() {
        return operations.recent();
    }

    @PutMapping("/api/dashboard/operations/{id}")
    Operation report(@PathVariable String id, @RequestBody Operation.Report report, Principal principal) {
        check(ID.matcher(id).matches(), "id", "1 to 64 letters, digits, '.', '_' or '-'");
        check(report.kind() != null && KIND.matcher(report.kind()).matches(), "kind",
                "the operation's kind in lower case, e.g. import or rebuild");
        check(report.label() == null || report.label().length() <= 200, "label", "at most 200 characters");
        check(report.total() != null && report.total() >= 0, "total", "the number of items to do, 0 or more");
        check(report.done() != null && report.done() >= 0 && report.done() <= report.total(), "done",
                "the number of items done, from 0 to total");
        check(report.rate() == null || report.rate() >= 0, "rate", "items per second, 0 or more");
        check(report.eta() == null || report.eta() >= 0, "eta", "seconds left, 0 or more");
        return operations.report(id, principal.getName(), report);
    }

    private static void check(boolean valid, String field, String message) {
        if (!valid) {
            throw new InvalidReport(field, message);
        }
    }

    @ExceptionHandler(InvalidReport.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReport invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                invalid.field + ": " + invalid.getMessage());
        problem.setType(INVALID);
        problem.setTitle("Invalid progress report");
        problem.setProperty("errors", List.of(Map.of("field", invalid.field, "message", invalid.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Operations.OperationOfAnother.class)
    ResponseEntity<ProblemDetail> ofAnother(Operations.OperationOfAnother conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setTitle("Operation of another user");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static final class InvalidReport extends RuntimeException {
        private final String field;

        InvalidReport(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
