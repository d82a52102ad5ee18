package ruleoflaw.ledger.contracts.study;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A study session: who studied what law, when, for how long, in person or online.
 *
 * @param format where it was held; a request may leave it out ({@link #DEFAULT_FORMAT} is recorded). Events of
 *               revision 2 always carry it; stored ones of revision 1, from before it was asked, are upcast to the
 *               default.
 */
public record StudySessionDetails(
        @NotNull StudySessionKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull @BusinessDate LocalDate heldOn,
        @Size(max = 100) String organiser,
        @Min(1) @Max(10_000) int attendees,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") Double hours,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> laws,
        StudySessionFormat format) implements RecordDetails {

    public static final String TYPE = "study.session";
    /** Where a session was held when nobody said: in person, as every session was before the ledger asked. */
    public static final StudySessionFormat DEFAULT_FORMAT = StudySessionFormat.OFFLINE;

    public StudySessionDetails {
        topics = topics == null ? List.of() : List.copyOf(topics);
        laws = laws == null ? List.of() : List.copyOf(laws);
    }

    /** A session whose format is not given (the shape before revision 2). */
    public StudySessionDetails(StudySessionKind kind, String title, LocalDate heldOn, String organiser, int attendees,
            Double hours, List<String> topics, List<String> laws) {
        this(kind, title, heldOn, organiser, attendees, hours, topics, laws, null);
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }

    /**
     * Each law once, under the one name the ledger counts it by; held in person unless the writer said otherwise;
     * the title without surrounding blanks.
     */
    @Override
    public StudySessionDetails checked() {
        StudySessionDetails kept = new StudySessionDetails(kind, title.strip(), heldOn, organiser, attendees, hours,
                topics, List.copyOf(LawNames.canonical(laws)), format != null ? format : DEFAULT_FORMAT);
        return kept.equals(this) ? this : kept;
    }
}
