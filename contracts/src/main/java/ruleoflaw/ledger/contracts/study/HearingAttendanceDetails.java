package ruleoflaw.ledger.contracts.study;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A court hearing attended (旁听庭审): which court, which case, how many went, online or in person.
 *
 * @param attendees how many went; {@code null} when the writer did not state it (not 0)
 */
public record HearingAttendanceDetails(
        @NotNull @BusinessDate LocalDate attendedOn,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String court,
        @Size(max = 100) String caseReference,
        @Min(1) @Max(10_000) Integer attendees,
        boolean online) implements RecordDetails {

    public static final String TYPE = "study.hearing";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return attendedOn;
    }

    /** The title without surrounding blanks. */
    @Override
    public HearingAttendanceDetails checked() {
        HearingAttendanceDetails kept = new HearingAttendanceDetails(attendedOn, title.strip(), court, caseReference,
                attendees, online);
        return kept.equals(this) ? this : kept;
    }
}
