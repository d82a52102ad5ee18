package ruleoflaw.ledger.contracts.study;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A decision meeting: a party group meeting, a director's office meeting or a topic meeting, and what it decided.
 *
 * @param decisions how many matters it decided; {@code null} when the writer did not state it (not 0)
 */
public record DecisionMeetingDetails(
        @NotNull MeetingKind kind,
        @NotNull @BusinessDate LocalDate heldOn,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
        @Min(0) @Max(1_000) Integer decisions) implements RecordDetails {

    public static final String TYPE = "governance.meeting";

    public DecisionMeetingDetails {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }

    /** The title without surrounding blanks. */
    @Override
    public DecisionMeetingDetails checked() {
        DecisionMeetingDetails kept = new DecisionMeetingDetails(kind, heldOn, title.strip(), topics, decisions);
        return kept.equals(this) ? this : kept;
    }
}
