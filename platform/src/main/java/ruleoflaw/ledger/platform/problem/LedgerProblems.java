package ruleoflaw.ledger.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.micrometer.core.instrument.MeterRegistry;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.audit.RequestCorrelationFilter;

/**
 * Every error of every service as an RFC 9457 problem body. Invalid input names the offending
 * field in {@code errors[].field}; every body carries the request's {@code correlationId}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LedgerProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(LedgerProblems.class);
    static final URI INVALID_RECORD = URI.create("urn:ledger:problem:invalid-record");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']*)'");
    /** Requests refused as invalid, by the field named (list indexes dropped: {@code items[].count}). */
    public static final String REFUSALS = "ledger.validation.refusals";

    private final ObjectProvider<MeterRegistry> meters;

    LedgerProblems(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messageOf(error)))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(pathOf(mismatch), unreadableValue(mismatch))));
        }
        if (ex.getCause() instanceof StreamReadException unreadable && unreadable.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE_KEY.matcher(unreadable.getOriginalMessage());
            if (duplicate.find()) {
                return invalid(List.of(new FieldProblem(duplicate.group(1),
                        "is given more than once; give each field once")));
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not a valid JSON document.");
        problem.setType(INVALID_RECORD);
        problem.setTitle("Unreadable request body");
        return ResponseEntity.badRequest().body(withCorrelation(problem));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        return invalid(List.of(new FieldProblem(name, "'" + ex.getValue() + "' is not a valid " + describe(ex.getRequiredType()))));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> rejected(InvalidFieldException ex) {
        return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException ex) {
        Object details = ex.getDetails().orElse(null);
        if (details instanceof Map<?, ?> map && map.get("field") != null) {
            return invalid(List.of(new FieldProblem(String.valueOf(map.get("field")), ex.getMessage())));
        }
        return unexpected(ex);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The record is at version "
                + ex.getActualVersion() + ", not " + ex.getExpectedVersion() + ": somebody changed it since you read it. "
                + "Nothing was recorded; read it again and repeat your change.");
        problem.setTitle("Stale version");
        problem.setProperty("currentVersion", ex.getActualVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(withCorrelation(problem));
    }

    @ExceptionHandler(RecordConflictException.class)
    ResponseEntity<Object> recordConflict(RecordConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Not possible in the record's present state");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(withCorrelation(problem));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> conflict(ConcurrencyException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record was changed at the same time by another request; nothing was recorded. Try again.");
        problem.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(withCorrelation(problem));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No record with id " + ex.getAggregateIdentifier() + ".");
        problem.setTitle("Record not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(withCorrelation(problem));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (StoreUnavailable.causedIt(ex)) {
            log.warn("The database is out of reach: {}", ex.getMessage());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, StoreUnavailable.DETAIL);
            problem.setTitle("Database unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(StoreUnavailable.RETRY_AFTER_SECONDS))
                    .body(withCorrelation(problem));
        }
        if (StoreUnavailable.clockBusy(ex)) {
            log.info("A deadline fired while a command rescheduled it; answered 503 for a retry: {}", ex.getMessage());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    StoreUnavailable.CLOCK_BUSY_DETAIL);
            problem.setTitle("Legal clock busy");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(withCorrelation(problem));
        }
        if (StoreUnavailable.axonServerAway(ex)) {
            log.warn("Axon Server is out of reach: {}", ex.getMessage());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    StoreUnavailable.AXON_SERVER_DETAIL);
            problem.setTitle("Axon Server unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(StoreUnavailable.RETRY_AFTER_SECONDS))
                    .body(withCorrelation(problem));
        }
        log.error("Unexpected failure", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service failed unexpectedly; nothing was recorded. Quote the correlation id when reporting it.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(withCorrelation(problem));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            withCorrelation(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        meters.ifAvailable(registry -> errors.stream().map(e -> e.field() == null ? "" : e.field().replaceAll("\\[\\d+]", "[]"))
                .distinct().forEach(field -> registry.counter(REFUSALS, "field", field).increment()));
        String summary = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summary);
        problem.setType(INVALID_RECORD);
        problem.setTitle("Invalid record");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(withCorrelation(problem));
    }

    private static ProblemDetail withCorrelation(ProblemDetail problem) {
        String correlationId = RequestCorrelationFilter.current();
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private static String pathOf(MismatchedInputException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : ex.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String unreadableValue(MismatchedInputException ex) {
        Class<?> target = ex.getTargetType();
        if (ex instanceof UnrecognizedPropertyException unknown) {
            return "is not a field of this record; its fields are " + unknown.getKnownPropertyIds();
        }
        if (target == String.class && ex instanceof InvalidFormatException) {
            return ex.getOriginalMessage();
        }
        if (target != null && target.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (ex instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + describe(target);
        }
        return "must be a " + describe(target);
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "value of the expected type";
        }
        return switch (target.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "timestamp (ISO-8601)";
            case "int", "Integer", "long", "Long" -> "whole number";
            case "double", "Double", "BigDecimal" -> "number";
            case "boolean", "Boolean" -> "boolean (true or false)";
            case "List", "Set" -> "list";
            default -> target.getSimpleName();
        };
    }
}
