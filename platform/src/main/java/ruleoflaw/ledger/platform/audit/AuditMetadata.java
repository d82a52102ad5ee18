package ruleoflaw.ledger.platform.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The metadata every event of the ledger carries: who recorded it, when, the request it came from, and
 * the client's idempotency key when it gave one, and the department it was recorded for.
 * Commands get it when they are dispatched; Axon copies it onto every event the command causes.
 */
public final class AuditMetadata {

    public static final String RECORDED_BY = "recordedBy";
    public static final String RECORDED_AT = "recordedAt";
    public static final String CORRELATION_ID = "correlationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** Absent on events stored before departments existed: those belong to the installation's default department. */
    public static final String DEPARTMENT = "department";

    private AuditMetadata() {
    }

    public static MessageDispatchInterceptor<CommandMessage<?>> dispatchInterceptor(Recorder recorder, Clock clock,
            Supplier<String> department) {
        return (List<? extends CommandMessage<?>> messages) -> (BiFunction<Integer, CommandMessage<?>, CommandMessage<?>>) (index, command) -> {
            Map<String, Object> metadata = command.getMetaData();
            String correlationId = RequestCorrelationFilter.current();
            Map<String, Object> audit = new HashMap<>(Map.of(
                    RECORDED_BY, metadata.getOrDefault(RECORDED_BY, recorder.currentPrincipal()),
                    RECORDED_AT, metadata.getOrDefault(RECORDED_AT, clock.instant().toString()),
                    DEPARTMENT, metadata.getOrDefault(DEPARTMENT, department.get()),
                    CORRELATION_ID, metadata.getOrDefault(CORRELATION_ID,
                            correlationId != null ? correlationId : UUID.randomUUID().toString())));
            String idempotencyKey = currentIdempotencyKey();
            if (idempotencyKey != null) {
                audit.putIfAbsent(IDEMPOTENCY_KEY, idempotencyKey);
            }
            return command.andMetaData(audit);
        };
    }

    public static CorrelationDataProvider copiedToEvents() {
        return new SimpleCorrelationDataProvider(RECORDED_BY, RECORDED_AT, CORRELATION_ID, IDEMPOTENCY_KEY,
                DEPARTMENT);
    }

    private static String currentIdempotencyKey() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getHeader("Idempotency-Key")
                : null;
    }
}
