package ruleoflaw.ledger.bench.generate;

import java.time.Instant;

/** A generated event, ready for domain_event_entry (its global_index is given when its batch is written). */
public record CopiedEvent(String aggregateId, long sequence, String aggregateType, String eventId, String payloadType,
        String payloadRevision, byte[] payload, byte[] metaData, Instant timeStamp) {
}
