package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import ruleoflaw.ledger.contracts.calendar.WorkingDays.DueDay;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * An application as it stands after its latest event: the details as received and every step so far. Every
 * event of an application states it in full (see {@link DisclosureApplicationEvent}).
 *
 * @param correctionRequestedOn a correction (补正) asked of the applicant and not yet received: the clock stands still
 * @param pausedWorkingDays     working days the clock stood still for corrections already received
 * @param dueOn                 the last day for the answer: 20 working days after receipt, plus the paused working
 *                              days and the extension; null while a correction is awaited
 * @param dueOnProvisional      the due day counts days of a year whose holiday arrangement is not yet published: it
 *                              is computed from the statutory holidays and recomputed once the notice is added
 * @param answeredLate          answered after {@code dueOn}
 * @param deadlinePassed        the due day passed with no answer
 */
public record DisclosureApplicationFile(
        LocalDate receivedOn,
        ApplicantType applicantType,
        String requestSummary,
        LocalDate correctionRequestedOn,
        int corrections,
        int pausedWorkingDays,
        LocalDate extensionApprovedOn,
        Integer extensionWorkingDays,
        LocalDate dueOn,
        boolean dueOnProvisional,
        LocalDate answeredOn,
        ApplicationOutcome outcome,
        ApplicationSubReason subReason,
        boolean answeredLate,
        boolean deadlinePassed) implements RecordDetails {

    public static DisclosureApplicationFile received(DisclosureApplicationDetails details, DueDay due) {
        return new DisclosureApplicationFile(details.receivedOn(), details.applicantType(), details.requestSummary(),
                null, 0, 0, null, null, due.on(), due.provisional(), null, null, null, false, false);
    }

    /** The application as received, without what happened to it since (the REST body that records it). */
    public DisclosureApplicationDetails asReceived() {
        return new DisclosureApplicationDetails(receivedOn, applicantType, requestSummary);
    }

    /** The receipt corrected; {@code due} is null while a correction is awaited. */
    public DisclosureApplicationFile corrected(DisclosureApplicationDetails details, DueDay due, boolean passed) {
        LocalDate newDueOn = due == null ? null : due.on();
        return new DisclosureApplicationFile(details.receivedOn(), details.applicantType(), details.requestSummary(),
                correctionRequestedOn, corrections, pausedWorkingDays, extensionApprovedOn, extensionWorkingDays, newDueOn,
                due != null && due.provisional(), answeredOn, outcome, subReason,
                answeredOn != null && newDueOn != null && answeredOn.isAfter(newDueOn), passed);
    }

    public DisclosureApplicationFile withCorrectionRequested(LocalDate requestedOn) {
        return new DisclosureApplicationFile(receivedOn, applicantType, requestSummary, requestedOn, corrections,
                pausedWorkingDays, extensionApprovedOn, extensionWorkingDays, null, false, answeredOn, outcome, subReason,
                answeredLate, deadlinePassed);
    }

    public DisclosureApplicationFile withCorrectionReceived(int paused, DueDay due) {
        return new DisclosureApplicationFile(receivedOn, applicantType, requestSummary, null, corrections + 1,
                pausedWorkingDays + paused, extensionApprovedOn, extensionWorkingDays, due.on(), due.provisional(),
                answeredOn, outcome, subReason, answeredLate, false);
    }

    /** An extension approved; {@code due} is null while a correction is awaited. */
    public DisclosureApplicationFile withExtension(LocalDate approvedOn, int workingDays, DueDay due) {
        return new DisclosureApplicationFile(receivedOn, applicantType, requestSummary, correctionRequestedOn, corrections,
                pausedWorkingDays, approvedOn, workingDays, due == null ? null : due.on(), due != null && due.provisional(),
                answeredOn, outcome, subReason, answeredLate, deadlinePassed && due == null);
    }

    public DisclosureApplicationFile withAnswer(LocalDate on, ApplicationOutcome result, ApplicationSubReason reason) {
        return new DisclosureApplicationFile(receivedOn, applicantType, requestSummary, correctionRequestedOn, corrections,
                pausedWorkingDays, extensionApprovedOn, extensionWorkingDays, dueOn, dueOnProvisional, on, result, reason,
                dueOn != null && on.isAfter(dueOn), deadlinePassed);
    }

    public DisclosureApplicationFile withDeadlinePassed() {
        return new DisclosureApplicationFile(receivedOn, applicantType, requestSummary, correctionRequestedOn, corrections,
                pausedWorkingDays, extensionApprovedOn, extensionWorkingDays, dueOn, dueOnProvisional, answeredOn, outcome,
                subReason, answeredLate, true);
    }

    /** The due day counted again on a calendar that now knows more; a passed deadline stands only if the day stays. */
    public DisclosureApplicationFile withDueDayRecounted(DueDay due) {
        return new DisclosureApplicationFile(receivedOn, applicantType, requestSummary, correctionRequestedOn, corrections,
                pausedWorkingDays, extensionApprovedOn, extensionWorkingDays, due.on(), due.provisional(), answeredOn,
                outcome, subReason, answeredOn != null && answeredOn.isAfter(due.on()),
                deadlinePassed && due.on().equals(dueOn));
    }

    /** The working days the answer is given from receipt: 20, plus the extension and the days paused for corrections. */
    public int workingDaysToAnswer() {
        return allowedWorkingDays() + pausedWorkingDays;
    }

    public boolean answered() {
        return answeredOn != null;
    }

    public boolean paused() {
        return correctionRequestedOn != null;
    }

    /** The working days the answer may take from receipt, before pauses: 20, plus the extension. */
    public int allowedWorkingDays() {
        return 20 + (extensionWorkingDays == null ? 0 : extensionWorkingDays);
    }

    @Override
    public String recordType() {
        return DisclosureApplicationDetails.TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return receivedOn;
    }

    @Override
    public String title() {
        return requestSummary;
    }
}
