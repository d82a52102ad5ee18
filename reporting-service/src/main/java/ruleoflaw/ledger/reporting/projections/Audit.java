package ruleoflaw.ledger.reporting.projections;

import java.time.Instant;

import org.axonframework.eventhandling.EventMessage;

import ruleoflaw.ledger.platform.audit.AuditMetadata;
import ruleoflaw.ledger.platform.audit.Recorder;

/** Who and when, as the platform recorded the request that caused an event, and the event's place in its stream. */
public record Audit(long version, String recordedBy, Instant recordedAt) {

    public static Audit of(EventMessage<?> message, Long version) {
        Object by = message.getMetaData().get(AuditMetadata.RECORDED_BY);
        Object at = message.getMetaData().get(AuditMetadata.RECORDED_AT);
        return new Audit(version, by == null ? Recorder.SYSTEM : by.toString(),
                at == null ? message.getTimestamp() : Instant.parse(at.toString()));
    }
}
