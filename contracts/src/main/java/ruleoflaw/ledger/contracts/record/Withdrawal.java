package ruleoflaw.ledger.contracts.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The body of a withdrawal: why, and the version withdrawn (409 when it is no longer the latest). */
public record Withdrawal(
        @NotNull @PositiveOrZero Long expectedVersion,
        @NotBlank @Size(max = 500) String reason) {
}
