package ruleoflaw.ledger.contracts.record;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A simple record recorded: its details in full, their class named in the stored JSON. Records of a type stored
 * before this event existed came as the type's own event (e.g. {@code StudySessionRecorded}); both mean the same.
 */
public record SimpleRecordRecorded(String recordId, @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) RecordDetails details)
        implements RecordStated {
}
