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
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A study session: who studied what law, when, for how long, in person or online.
 *
 * @param attendees how many attended; {@code null} when the writer did not state it (not 0: the figures built from it
 *                  are then unknown)
 * @param format    where it was held; a request may leave it out ({@link #DEFAULT_FORMAT} is recorded). Events of
 *                  revision 2 always carry it; stored ones of revision 1, from before it was asked, are upcast to the
 *                  default.
 * @param required  how many should have attended (应参训人数), so that a training's participation rate (参训率) is
 *                  attendees ÷ required; optional. Stored sessions from before it was asked read it as {@code null}:
 *                  no revision of their own, since nothing is assumed for them.
 */
public record StudySessionDetails(
        @NotNull StudySessionKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull @BusinessDate LocalDate heldOn,
        @Size(max = 100) String organiser,
        @Min(1) @Max(10_000) Integer attendees,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") Double hours,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> laws,
        StudySessionFormat format,
        @Min(1) @Max(10_000) Integer required) implements RecordDetails {

    public static final String TYPE = "study.session";
    /** Where a session was held when nobody said: in person, as every session was before the ledger asked. */
    public static final StudySessionFormat DEFAULT_FORMAT = StudySessionFormat.OFFLINE;

    public StudySessionDetails {
        topics = topics == null ? List.of() : List.copyOf(topics);
        laws = laws == null ? List.of() : List.copyOf(laws);
    }

    /** A session whose format is not given (the shape before revision 2). */
    public StudySessionDetails(StudySessionKind kind, String title, LocalDate heldOn, String organiser, Integer attendees,
            Double hours, List<String> topics, List<String> laws) {
        this(kind, title, heldOn, organiser, attendees, hours, topics, laws, null);
    }

    /** A session that does not say how many should have attended. */
    public StudySessionDetails(StudySessionKind kind, String title, LocalDate heldOn, String organiser, Integer attendees,
            Double hours, List<String> topics, List<String> laws, StudySessionFormat format) {
        this(kind, title, heldOn, organiser, attendees, hours, topics, laws, format, null);
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
     * No more attendees than should have attended, when both are stated, or nothing is recorded; each law once, under
     * the one name the ledger counts it by; held in person unless the writer said otherwise; the title without
     * surrounding blanks.
     */
    @Override
    public StudySessionDetails checked() {
        if (attendees != null && required != null && attendees > required) {
            throw new InvalidFieldException("attendees", "must not exceed required");
        }
        StudySessionDetails kept = new StudySessionDetails(kind, title.strip(), heldOn, organiser, attendees, hours,
                topics, List.copyOf(LawNames.canonical(laws)), format != null ? format : DEFAULT_FORMAT, required);
        return kept.equals(this) ? this : kept;
    }
}
