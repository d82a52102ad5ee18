package ruleoflaw.ledger.litigation.cases;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.contracts.litigation.AppealCase;
import ruleoflaw.ledger.contracts.litigation.CaseKind;
import ruleoflaw.ledger.contracts.litigation.CaseSteps;
import ruleoflaw.ledger.contracts.litigation.ConcludeCase;
import ruleoflaw.ledger.contracts.litigation.CorrectLegalCase;
import ruleoflaw.ledger.contracts.litigation.FileDefence;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.PlaintiffType;
import ruleoflaw.ledger.contracts.litigation.RecordHearing;
import ruleoflaw.ledger.contracts.litigation.RecordLegalCase;
import ruleoflaw.ledger.contracts.litigation.RegisterCaseOnPlatform;
import ruleoflaw.ledger.contracts.litigation.WithdrawLegalCase;
import ruleoflaw.ledger.platform.problem.InvalidFieldException;
import ruleoflaw.ledger.platform.record.RecordIndex;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;
import ruleoflaw.ledger.platform.web.Recorded;

/**
 * Cases: the record's common resource (POST the case as received, correct it, withdraw it, its history), and
 * one small POST per lifecycle step, each answering the case as it stands afterwards (the appeal, which opens a
 * new case, answers 201 with it).
 */
@RestController
@RequestMapping(LegalCaseResource.PATH)
class LegalCaseResource extends RecordResource<LegalCaseDetails> {

    static final String PATH = "/api/litigation/cases";

    private final CommandGateway commands;
    private final ObjectProvider<RecordIndex> index;

    LegalCaseResource(RecordSupport support, CommandGateway commands, ObjectProvider<RecordIndex> index) {
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

    /**
     * The case appealed: the appeal is recorded on this case and the next stage as a new case (kind
     * LITIGATION_APPEAL, same plaintiff and subject), with its own defence clock. Answers 201 with the new case.
     */
    @PostMapping("/{id}/appeal")
    public ResponseEntity<Recorded> appeal(@PathVariable String id, @Valid @RequestBody CaseSteps.Appeal step) {
        JsonNode first = existing(id).record();
        if (step.complaintReceivedOn().isBefore(step.appealedOn())) {
            throw new InvalidFieldException("complaintReceivedOn",
                    "must not be before the appeal was lodged (" + step.appealedOn() + ")");
        }
        String next = UUID.randomUUID().toString();
        commands.sendAndWait(new AppealCase(id, step.expectedVersion(), step.appealedOn(), next));
        commands.sendAndWait(new RecordLegalCase(next, new LegalCaseDetails(CaseKind.LITIGATION_APPEAL, step.caseNumber(),
                step.court(), PlaintiffType.valueOf(first.path("plaintiffType").asText()), first.path("subject").asText(),
                first.path("concernsDisclosure").asBoolean(), first.path("followsReconsideration").asBoolean(),
                step.complaintReceivedOn())));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{id}").buildAndExpand(next).toUri();
        return ResponseEntity.created(location).body(new Recorded(next));
    }

    private RecordIndex.Entry step(String id, Object command) {
        existing(id);
        commands.sendAndWait(command);
        return existing(id);
    }

    private RecordIndex.Entry existing(String id) {
        RecordIndex records = index.getIfAvailable();
        if (records == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Case steps need the service's PostgreSQL, which this deployment does not give it.");
        }
        return records.find(LegalCaseDetails.TYPE, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No " + LegalCaseDetails.TYPE + " record with id " + id + "."));
    }
}
