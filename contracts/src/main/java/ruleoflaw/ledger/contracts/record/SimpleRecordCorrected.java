package ruleoflaw.ledger.contracts.record;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A simple record corrected: its details replaced in full, with the reason (see {@link SimpleRecordRecorded}). */
public record SimpleRecordCorrected(String recordId, String reason,
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) RecordDetails details) implements RecordCorrected {
}
