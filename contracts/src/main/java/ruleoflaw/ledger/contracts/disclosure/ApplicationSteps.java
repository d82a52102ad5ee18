package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import ruleoflaw.ledger.contracts.record.BusinessDate;

/**
 * The REST bodies of an application's steps ({@code POST /api/disclosure/applications/{id}/<step>}). Each may give
 * the {@code expectedVersion} it was made from (409 when stale).
 */
public final class ApplicationSteps {

    private ApplicationSteps() {
    }

    public record CorrectionRequest(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate requestedOn) {
    }

    public record CorrectionReceived(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate receivedOn) {
    }

    public record Extension(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate approvedOn,
            @NotNull @Min(1) @Max(20) Integer workingDays) {
    }

    public record Answer(@PositiveOrZero Long expectedVersion, @NotNull @BusinessDate LocalDate answeredOn,
            @NotNull ApplicationOutcome outcome, ApplicationSubReason subReason) {
    }
}
