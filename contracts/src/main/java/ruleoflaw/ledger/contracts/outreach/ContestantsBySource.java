package ruleoflaw.ledger.contracts.outreach;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Where a contest's contestants came from: district departments, schools, hospitals, enterprises, others. */
public record ContestantsBySource(
        @Min(0) @Max(100_000) int departments,
        @Min(0) @Max(100_000) int schools,
        @Min(0) @Max(100_000) int hospitals,
        @Min(0) @Max(100_000) int enterprises,
        @Min(0) @Max(100_000) int other) {

    public int total() {
        return departments + schools + hospitals + enterprises + other;
    }
}
