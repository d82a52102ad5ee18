package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A case as it stands after its latest event: the details as received ({@link LegalCaseDetails}) and every
 * lifecycle fact so far. Every event of a case states it in full (see {@link LegalCaseEvent}), so that a
 * reader of any one event (the record index, the reporting projection, the evidence of a figure) sees the
 * case's whole present state without replaying the others.
 *
 * @param defenceDueOn         the last day for the defence (答辩): receipt + 15 days for litigation, + 10 for reconsideration
 * @param defenceOverdue       the defence was filed after {@code defenceDueOn}, or the deadline passed without one
 * @param hearings             hearings held
 * @param principalAppearances hearings at which the bureau's principal appeared in court (负责人出庭应诉)
 * @param appealedOn           when the concluded case was appealed, opening the next stage
 * @param appealCaseId         the record of that next stage (a case of kind {@link CaseKind#LITIGATION_APPEAL})
 */
public record LegalCaseFile(
        CaseKind kind,
        String caseNumber,
        String court,
        PlaintiffType plaintiffType,
        String subject,
        boolean concernsDisclosure,
        boolean followsReconsideration,
        LocalDate complaintReceivedOn,
        LocalDate defenceDueOn,
        LocalDate defenceFiledOn,
        boolean defenceOverdue,
        LocalDate platformRegisteredOn,
        String platformReference,
        int hearings,
        int principalAppearances,
        LocalDate lastHearingOn,
        LocalDate concludedOn,
        CaseOutcome outcome,
        OutcomeDetail outcomeDetail,
        LocalDate appealedOn,
        String appealCaseId) implements RecordDetails {

    /** A case just received: nothing has happened to it yet. */
    public static LegalCaseFile received(LegalCaseDetails details, LocalDate defenceDueOn) {
        return new LegalCaseFile(details.kind(), details.caseNumber(), details.court(), details.plaintiffType(),
                details.subject(), details.concernsDisclosure(), details.followsReconsideration(),
                details.complaintReceivedOn(), defenceDueOn, null, false, null, null, 0, 0, null, null, null, null, null, null);
    }

    /** The case as received, without what happened to it since (the REST body that records it). */
    public LegalCaseDetails asReceived() {
        return new LegalCaseDetails(kind, caseNumber, court, plaintiffType, subject, concernsDisclosure,
                followsReconsideration, complaintReceivedOn);
    }

    /** The same case with its details as received corrected, and its lifecycle kept. */
    public LegalCaseFile corrected(LegalCaseDetails details, LocalDate dueOn, boolean overdue) {
        return new LegalCaseFile(details.kind(), details.caseNumber(), details.court(), details.plaintiffType(),
                details.subject(), details.concernsDisclosure(), details.followsReconsideration(),
                details.complaintReceivedOn(), dueOn, defenceFiledOn, overdue, platformRegisteredOn, platformReference,
                hearings, principalAppearances, lastHearingOn, concludedOn, outcome, outcomeDetail, appealedOn, appealCaseId);
    }

    public LegalCaseFile withDefence(LocalDate filedOn) {
        return new LegalCaseFile(kind, caseNumber, court, plaintiffType, subject, concernsDisclosure,
                followsReconsideration, complaintReceivedOn, defenceDueOn, filedOn, filedOn.isAfter(defenceDueOn),
                platformRegisteredOn, platformReference, hearings, principalAppearances, lastHearingOn, concludedOn,
                outcome, outcomeDetail, appealedOn, appealCaseId);
    }

    public LegalCaseFile withDefenceOverdue() {
        return new LegalCaseFile(kind, caseNumber, court, plaintiffType, subject, concernsDisclosure,
                followsReconsideration, complaintReceivedOn, defenceDueOn, defenceFiledOn, true, platformRegisteredOn,
                platformReference, hearings, principalAppearances, lastHearingOn, concludedOn, outcome, outcomeDetail,
                appealedOn, appealCaseId);
    }

    public LegalCaseFile withPlatformRegistration(LocalDate registeredOn, String reference) {
        return new LegalCaseFile(kind, caseNumber, court, plaintiffType, subject, concernsDisclosure,
                followsReconsideration, complaintReceivedOn, defenceDueOn, defenceFiledOn, defenceOverdue, registeredOn,
                reference, hearings, principalAppearances, lastHearingOn, concludedOn, outcome, outcomeDetail, appealedOn,
                appealCaseId);
    }

    public LegalCaseFile withHearing(LocalDate heldOn, boolean principalAppeared) {
        LocalDate last = lastHearingOn == null || heldOn.isAfter(lastHearingOn) ? heldOn : lastHearingOn;
        return new LegalCaseFile(kind, caseNumber, court, plaintiffType, subject, concernsDisclosure,
                followsReconsideration, complaintReceivedOn, defenceDueOn, defenceFiledOn, defenceOverdue,
                platformRegisteredOn, platformReference, hearings + 1, principalAppearances + (principalAppeared ? 1 : 0),
                last, concludedOn, outcome, outcomeDetail, appealedOn, appealCaseId);
    }

    public LegalCaseFile withConclusion(LocalDate on, CaseOutcome result, OutcomeDetail detail) {
        return new LegalCaseFile(kind, caseNumber, court, plaintiffType, subject, concernsDisclosure,
                followsReconsideration, complaintReceivedOn, defenceDueOn, defenceFiledOn, defenceOverdue,
                platformRegisteredOn, platformReference, hearings, principalAppearances, lastHearingOn, on, result, detail,
                appealedOn, appealCaseId);
    }

    public LegalCaseFile withAppeal(LocalDate on, String nextStage) {
        return new LegalCaseFile(kind, caseNumber, court, plaintiffType, subject, concernsDisclosure,
                followsReconsideration, complaintReceivedOn, defenceDueOn, defenceFiledOn, defenceOverdue,
                platformRegisteredOn, platformReference, hearings, principalAppearances, lastHearingOn, concludedOn, outcome,
                outcomeDetail, on, nextStage);
    }

    public boolean concluded() {
        return concludedOn != null;
    }

    @Override
    public String recordType() {
        return LegalCaseDetails.TYPE;
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
