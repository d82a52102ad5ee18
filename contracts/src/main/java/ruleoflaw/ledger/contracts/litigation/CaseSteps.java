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

    /**
     * An appeal of a concluded first-instance case: when it was lodged, and the appeal case as the bureau received
     * it (its number, the appeal court, when the copy of the appeal petition was received).
     */
    public record Appeal(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate appealedOn,
            @NotBlank @Size(max = 100) String caseNumber, @NotBlank @Size(max = 200) String court,
            @NotNull @BusinessDate LocalDate complaintReceivedOn) {
    }

    public record Conclusion(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate concludedOn,
            @NotNull CaseOutcome outcome, @NotNull OutcomeDetail detail) {
    }
}
