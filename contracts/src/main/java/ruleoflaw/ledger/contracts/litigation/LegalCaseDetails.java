package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A case against the bureau as received (the REST body of POST and of a correction): administrative
 * litigation or reconsideration, counted in the year the copy of the complaint (起诉状副本) or of the
 * application was received. What happens to the case later is in {@link LegalCaseFile}.
 */
public record LegalCaseDetails(
        @NotNull CaseKind kind,
        @NotBlank @Size(max = 100) String caseNumber,
        @NotBlank @Size(max = 200) String court,
        @NotNull PlaintiffType plaintiffType,
        @NotBlank @Size(max = 200) String subject,
        boolean concernsDisclosure,
        boolean followsReconsideration,
        @NotNull @BusinessDate LocalDate complaintReceivedOn) implements RecordDetails {

    public static final String TYPE = "legal.case";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return complaintReceivedOn;
    }

    @Override
    public String title() {
        return caseNumber + " " + subject;
    }
}
