package ruleoflaw.ledger.contracts.outreach;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A policy briefing (政策宣讲会, e.g. on high-tech enterprise applications): its topics, the organisations that spoke,
 * how many attended and from how many enterprises, either of which may be left unstated (null). That no more
 * enterprises were present than attendees, when both are stated, is its rule ({@link #checked()}).
 */
public record BriefingDetails(
        @NotBlank @Size(max = 200) String title,
        @NotNull @BusinessDate LocalDate heldOn,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> speakers,
        @Min(0) @Max(100_000) Integer attendees,
        @Min(0) @Max(100_000) Integer enterprisesPresent) implements RecordDetails {

    public static final String TYPE = "outreach.briefing";

    public BriefingDetails {
        topics = topics == null ? List.of() : List.copyOf(topics);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }

    /** No more enterprises present than attendees (when both are stated); the title without surrounding blanks. */
    @Override
    public BriefingDetails checked() {
        if (enterprisesPresent != null && attendees != null && enterprisesPresent > attendees) {
            throw new InvalidFieldException("enterprisesPresent", "must not exceed attendees");
        }
        return new BriefingDetails(title.strip(), heldOn, topics, speakers, attendees, enterprisesPresent);
    }
}
