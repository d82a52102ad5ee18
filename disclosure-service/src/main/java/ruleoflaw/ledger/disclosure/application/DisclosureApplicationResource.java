package ruleoflaw.ledger.disclosure.application;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.disclosure.AnswerDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.ApplicationCorrectionReceived;
import ruleoflaw.ledger.contracts.disclosure.ApplicationCorrectionRequested;
import ruleoflaw.ledger.contracts.disclosure.ApplicationExtensionApproved;
import ruleoflaw.ledger.contracts.disclosure.ApplicationSteps;
import ruleoflaw.ledger.contracts.disclosure.ApproveApplicationExtension;
import ruleoflaw.ledger.contracts.disclosure.CorrectDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationAnswered;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.ReceiveApplicationCorrection;
import ruleoflaw.ledger.contracts.disclosure.RecordDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.RequestApplicationCorrection;
import ruleoflaw.ledger.contracts.disclosure.WithdrawDisclosureApplication;
import ruleoflaw.ledger.platform.ledger.LedgerStep;
import ruleoflaw.ledger.platform.record.RecordIndex;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

/**
 * Disclosure applications: the record's common resource (POST the application as received, correct it, withdraw
 * it, its history), and one small POST per step, each answering the application as it stands afterwards. Each step's
 * {@link LedgerStep} names its ledger line and the event it records.
 */
@RestController
@RequestMapping(DisclosureApplicationResource.PATH)
class DisclosureApplicationResource extends RecordResource<DisclosureApplicationDetails> {

    static final String PATH = "/api/disclosure/applications";

    DisclosureApplicationResource(RecordSupport support) {
        super(support, DisclosureApplicationDetails.TYPE, new Commands<>(RecordDisclosureApplication::new,
                CorrectDisclosureApplication::new, WithdrawDisclosureApplication::new));
    }

    @LedgerStep(name = "correctionRequest", event = ApplicationCorrectionRequested.class)
    @PostMapping("/{id}/correction-request")
    public RecordIndex.Entry correctionRequest(@PathVariable String id,
            @Valid @RequestBody ApplicationSteps.CorrectionRequest step) {
        return step(id, new RequestApplicationCorrection(id, step.expectedVersion(), step.requestedOn()));
    }

    @LedgerStep(name = "correctionReceived", event = ApplicationCorrectionReceived.class)
    @PostMapping("/{id}/correction-received")
    public RecordIndex.Entry correctionReceived(@PathVariable String id,
            @Valid @RequestBody ApplicationSteps.CorrectionReceived step) {
        return step(id, new ReceiveApplicationCorrection(id, step.expectedVersion(), step.receivedOn()));
    }

    @LedgerStep(name = "extension", event = ApplicationExtensionApproved.class)
    @PostMapping("/{id}/extension")
    public RecordIndex.Entry extension(@PathVariable String id, @Valid @RequestBody ApplicationSteps.Extension step) {
        return step(id, new ApproveApplicationExtension(id, step.expectedVersion(), step.approvedOn(), step.workingDays()));
    }

    @LedgerStep(name = "answer", event = DisclosureApplicationAnswered.class)
    @PostMapping("/{id}/answer")
    public RecordIndex.Entry answer(@PathVariable String id, @Valid @RequestBody ApplicationSteps.Answer step) {
        return step(id, new AnswerDisclosureApplication(id, step.expectedVersion(), step.answeredOn(), step.outcome(),
                step.subReason()));
    }
}
