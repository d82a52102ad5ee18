package ruleoflaw.ledger.litigation.cases;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ruleoflaw.ledger.contracts.litigation.CaseSteps;
import ruleoflaw.ledger.contracts.litigation.ConcludeCase;
import ruleoflaw.ledger.contracts.litigation.CorrectLegalCase;
import ruleoflaw.ledger.contracts.litigation.FileDefence;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.RecordHearing;
import ruleoflaw.ledger.contracts.litigation.RecordLegalCase;
import ruleoflaw.ledger.contracts.litigation.RegisterCaseOnPlatform;
import ruleoflaw.ledger.contracts.litigation.WithdrawLegalCase;
import ruleoflaw.ledger.platform.record.RecordIndex;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

/**
 * Cases: the record's common resource (POST the case as received, correct it, withdraw it, its history), and
 * one small POST per lifecycle step, each answering the case as it stands afterwards.
 */
@RestController
@RequestMapping(LegalCaseResource.PATH)
class LegalCaseResource extends RecordResource<LegalCaseDetails> {

    static final String PATH = "/api/litigation/cases";

    private final CommandGateway commands;
    private final RecordIndex index;

    LegalCaseResource(RecordSupport support, CommandGateway commands, RecordIndex index) {
        super(support, LegalCaseDetails.TYPE,
                new Commands<>(RecordLegalCase::new, CorrectLegalCase::new, WithdrawLegalCase::new));
        this.commands = commands;
        this.index = index;
    }

    @PostMapping("/{id}/defence")
    public RecordIndex.Entry defence(@PathVariable String id, @Valid @RequestBody CaseSteps.Defence step) {
        return step(id, new FileDefence(id, step.expectedVersion(), step.filedOn()));
    }

    @PostMapping("/{id}/platform-registration")
    public RecordIndex.Entry platformRegistration(@PathVariable String id,
            @Valid @RequestBody CaseSteps.PlatformRegistration step) {
        return step(id, new RegisterCaseOnPlatform(id, step.expectedVersion(), step.registeredOn(), step.platformReference()));
    }

    @PostMapping("/{id}/hearings")
    public RecordIndex.Entry hearing(@PathVariable String id, @Valid @RequestBody CaseSteps.Hearing step) {
        return step(id, new RecordHearing(id, step.expectedVersion(), step.heldOn(), step.principalAppeared()));
    }

    @PostMapping("/{id}/conclusion")
    public RecordIndex.Entry conclusion(@PathVariable String id, @Valid @RequestBody CaseSteps.Conclusion step) {
        return step(id, new ConcludeCase(id, step.expectedVersion(), step.concludedOn(), step.outcome(), step.detail()));
    }

    private RecordIndex.Entry step(String id, Object command) {
        existing(id);
        commands.sendAndWait(command);
        return existing(id);
    }

    private RecordIndex.Entry existing(String id) {
        return index.find(LegalCaseDetails.TYPE, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No " + LegalCaseDetails.TYPE + " record with id " + id + "."));
    }
}
