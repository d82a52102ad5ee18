package ruleoflaw.ledger.contracts.outreach;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * An enterprise visit (一企一策): the enterprise, by name and unified social credit code (which counts it once however
 * often it is visited), the topics raised and the follow-ups agreed. Its title is the enterprise's name.
 */
public record EnterpriseVisitDetails(
        @NotBlank @Size(max = 200) String enterprise,
        @NotBlank @CreditCode String creditCode,
        @NotNull @BusinessDate LocalDate visitedOn,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> followUps) implements RecordDetails {

    public static final String TYPE = "outreach.visit";

    public EnterpriseVisitDetails {
        topics = topics == null ? List.of() : List.copyOf(topics);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return visitedOn;
    }

    @Override
    public String title() {
        return enterprise;
    }

    /** A valid credit code, kept in upper case; the enterprise's name without surrounding blanks. */
    @Override
    public EnterpriseVisitDetails checked() {
        if (!CreditCode.Check.valid(creditCode)) {
            throw new InvalidFieldException("creditCode", "must be an 18-character unified social credit code with a "
                    + "valid check character");
        }
        return new EnterpriseVisitDetails(enterprise.strip(), CreditCode.Check.normalized(creditCode), visitedOn, topics,
                followUps);
    }
}
