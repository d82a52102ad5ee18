package ruleoflaw.ledger.platform.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one line of a batch went: its place in the batch ({@code index}, from 0), its id, the request it was
 * ({@code POST /api/study/sessions}), the status that request answered, the outcome, and for a line not taken the
 * problem body (RFC 9457, naming the field) the single request would have answered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(int index, String id, String request, int status, Outcome outcome, JsonNode problem) {

    public enum Outcome {
        /** Recorded now. */
        @JsonProperty("recorded") RECORDED,
        /** Recorded before (the same line, or the same record under its id): nothing new recorded. */
        @JsonProperty("present") PRESENT,
        /** Not taken, for what its problem says; nothing of it recorded. */
        @JsonProperty("refused") REFUSED,
        /** The service failed (5xx): nothing of it recorded; send it again later. */
        @JsonProperty("failed") FAILED,
        /** Not tried: an earlier line of the batch failed, or was refused in a strict batch. */
        @JsonProperty("not-tried") NOT_TRIED;

        public boolean taken() {
            return this == RECORDED || this == PRESENT;
        }
    }
}
