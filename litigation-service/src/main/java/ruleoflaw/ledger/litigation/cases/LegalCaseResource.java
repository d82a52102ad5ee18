package ruleoflaw.ledger.litigation.cases;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.contracts.litigation.AppealCase;
import ruleoflaw.ledger.contracts.litigation.CaseAppealed;
import ruleoflaw.ledger.contracts.litigation.CaseConcluded;
import ruleoflaw.ledger.contracts.litigation.CaseKind;
import ruleoflaw.ledger.contracts.litigation.CaseRegisteredOnPlatform;
import ruleoflaw.ledger.contracts.litigation.CaseSteps;
import ruleoflaw.ledger.contracts.litigation.ConcludeCase;
import ruleoflaw.ledger.contracts.litigation.CorrectLegalCase;
import ruleoflaw.ledger.contracts.litigation.DefenceFiled;
import ruleoflaw.ledger.contracts.litigation.FileDefence;
import ruleoflaw.ledger.contracts.litigation.HearingHeld;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.PlaintiffType;
import ruleoflaw.ledger.contracts.litigation.RecordHearing;
import ruleoflaw.ledger.contracts.litigation.RecordLegalCase;
import ruleoflaw.ledger.contracts.litigation.RegisterCaseOnPlatform;
import ruleoflaw.ledger.contracts.litigation.WithdrawLegalCase;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.ledger.LedgerStep;
import ruleoflaw.ledger.platform.record.RecordIds;
import ruleoflaw.ledger.platform.record.RecordIndex;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;
import ruleoflaw.ledger.platform.web.Recorded;

/**
 * Cases: the record's common resource (POST the case as received, correct it, withdraw it, its history), and
 * one small POST per lifecycle step, each answering the case as it stands afterwards (the appeal, which opens a
 * new case, answers 201 with it). Each step's {@link LedgerStep} names its ledger line and the event it records.
 */
@RestController
@RequestMapping(LegalCaseResource.PATH)
class LegalCaseResource extends RecordResource<LegalCaseDetails> {

    static final String PATH = "/api/litigation/cases";

    LegalCaseResource(RecordSupport support) {
        super(support, LegalCaseDetails.TYPE,
                new Commands<>(RecordLegalCase::new, CorrectLegalCase::new, WithdrawLegalCase::new));
    }

    @LedgerStep(name = "defence", event = DefenceFiled.class)
    @PostMapping("/{id}/defence")
    public RecordIndex.Entry defence(@PathVariable String id, @Valid @RequestBody CaseSteps.Defence step) {
        return step(id, new FileDefence(id, step.expectedVersion(), step.filedOn()));
    }

    @LedgerStep(name = "platformRegistration", event = CaseRegisteredOnPlatform.class)
    @PostMapping("/{id}/platform-registration")
    public RecordIndex.Entry platformRegistration(@PathVariable String id,
            @Valid @RequestBody CaseSteps.PlatformRegistration step) {
        return step(id, new RegisterCaseOnPlatform(id, step.expectedVersion(), step.registeredOn(), step.platformReference()));
    }

    @LedgerStep(name = "hearing", event = HearingHeld.class)
    @PostMapping("/{id}/hearings")
    public RecordIndex.Entry hearing(@PathVariable String id, @Valid @RequestBody CaseSteps.Hearing step) {
        return step(id, new RecordHearing(id, step.expectedVersion(), step.heldOn(), step.principalAppeared()));
    }

    @LedgerStep(name = "conclusion", event = CaseConcluded.class)
    @PostMapping("/{id}/conclusion")
    public RecordIndex.Entry conclusion(@PathVariable String id, @Valid @RequestBody CaseSteps.Conclusion step) {
        return step(id, new ConcludeCase(id, step.expectedVersion(), step.concludedOn(), step.outcome(), step.detail()));
    }

    /**
     * The case appealed: the appeal is recorded on this case and the next stage as a new case (kind
     * LITIGATION_APPEAL, same plaintiff and subject), with its own defence clock. Answers 201 with the new case.
     */
    @LedgerStep(name = "appeal", event = CaseAppealed.class)
    @PostMapping("/{id}/appeal")
    public ResponseEntity<Recorded> appeal(@PathVariable String id,
            @RequestHeader(name = RecordIds.HEADER, required = false) String appealId,
            @Valid @RequestBody CaseSteps.Appeal step) {
        JsonNode first = existing(id).record();
        if (step.complaintReceivedOn().isBefore(step.appealedOn())) {
            throw new InvalidFieldException("complaintReceivedOn",
                    "must not be before the appeal was lodged (" + step.appealedOn() + ")");
        }
        String next = newRecordId(appealId);
        send(new AppealCase(id, step.expectedVersion(), step.appealedOn(), next));
        send(new RecordLegalCase(next, new LegalCaseDetails(CaseKind.LITIGATION_APPEAL, step.caseNumber(),
                step.court(), PlaintiffType.valueOf(first.path("plaintiffType").asText()), first.path("subject").asText(),
                first.path("concernsDisclosure").asBoolean(), first.path("followsReconsideration").asBoolean(),
                step.complaintReceivedOn())));
        URI location = UriComponentsBuilder.fromPath(PATH + "/{id}").buildAndExpand(next).toUri();
        return ResponseEntity.created(location).body(new Recorded(next));
    }
}
