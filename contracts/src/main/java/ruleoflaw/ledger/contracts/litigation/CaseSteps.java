package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;

/**
 * The REST bodies of a case's lifecycle steps ({@code POST /api/litigation/cases/{id}/<step>}). Each may give
 * the {@code expectedVersion} it was made from (409 when stale); without it the step applies to the latest.
 */
public final class CaseSteps {

    private CaseSteps() {
    }

    public record Defence(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate filedOn) {
    }

    public record PlatformRegistration(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate registeredOn,
            @NotBlank @Size(max = 100) String platformReference) {
    }

    public record Hearing(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate heldOn,
            @NotNull Boolean principalAppeared) {
    }

    public record Conclusion(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate concludedOn,
            @NotNull CaseOutcome outcome, @NotNull OutcomeDetail detail) {
    }
}
