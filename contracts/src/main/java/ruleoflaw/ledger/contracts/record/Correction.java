package ruleoflaw.ledger.contracts.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of a correction: the record's new details in full, why, and the version they correct
 * (a correction of a version that is no longer the latest is refused with 409).
 */
public record Correction<D extends RecordDetails>(
        @NotNull @PositiveOrZero Long expectedVersion,
        @NotBlank @Size(max = 500) String reason,
        @NotNull @Valid D record) {
}
