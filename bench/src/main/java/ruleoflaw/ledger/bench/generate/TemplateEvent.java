package ruleoflaw.ledger.bench.generate;

/** One stored event of the seeded ledger, a model for the generated ones. */
public record TemplateEvent(String aggregateId, long sequence, String aggregateType, String payloadType,
        String payloadRevision, String payload, String metaData) {
}
