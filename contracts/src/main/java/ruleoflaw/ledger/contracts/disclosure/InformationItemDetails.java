package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/** One item of information the bureau published on its own initiative (主动公开). */
public record InformationItemDetails(
        @NotNull InformationCategory category,
        StatutoryKind statutoryKind,
        @NotBlank @Size(max = 300) String title,
        @BusinessDate LocalDate formedOn,
        @NotNull @BusinessDate LocalDate publishedOn,
        @Size(max = 100) String channel,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String url) implements RecordDetails {

    public static final String TYPE = "disclosure.item";
    /** 条例 art. 26: statutory information is published within 20 working days of being formed or changed. */
    public static final int STATUTORY_WORKING_DAYS = 20;

    /** Whether information formed (or changed) on {@code formedOn} and published on {@code publishedOn} came late. */
    public static boolean publishedLate(LocalDate formedOn, LocalDate publishedOn, WorkingDays calendar) {
        return publishedOn.isAfter(calendar.plusWorkingDays(formedOn, STATUTORY_WORKING_DAYS));
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return publishedOn;
    }

    /** A statutory item names its kind and when it was formed; nothing is published before it is formed. */
    @Override
    public InformationItemDetails checked() {
        if (category == InformationCategory.STATUTORY && statutoryKind == null) {
            throw new InvalidFieldException("statutoryKind", "a statutory item says which kind it is");
        }
        if (category != InformationCategory.STATUTORY && statutoryKind != null) {
            throw new InvalidFieldException("statutoryKind", "only a statutory item has a statutory kind");
        }
        if (category == InformationCategory.STATUTORY && formedOn == null) {
            throw new InvalidFieldException("formedOn", "a statutory item says when the information was formed or changed");
        }
        if (formedOn != null && publishedOn.isBefore(formedOn)) {
            throw new InvalidFieldException("publishedOn", "must not be before formedOn");
        }
        return this;
    }
}
