package ruleoflaw.ledger.litigation.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.contracts.litigation.CaseAppealed;
import ruleoflaw.ledger.contracts.litigation.CaseConcluded;
import ruleoflaw.ledger.contracts.litigation.CaseRegisteredOnPlatform;
import ruleoflaw.ledger.contracts.litigation.DefenceFiled;
import ruleoflaw.ledger.contracts.litigation.HearingHeld;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCaseFile;
import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.platform.ledger.LedgerLines;
import ruleoflaw.ledger.platform.record.RecordIndex;

/** A case in the ledger format: the case as received, then one line per step (the REST bodies of its steps). */
@Component
class CaseLedgerLines implements LedgerLines {

    private final RecordIndex index;

    CaseLedgerLines(RecordIndex index) {
        this.index = index;
    }

    @Override
    public Object body(RecordDetails stated) {
        return stated instanceof LegalCaseFile file ? file.asReceived() : stated;
    }

    @Override
    public Optional<Step> step(Object event) {
        if (event instanceof DefenceFiled e) {
            return Optional.of(new Step(Map.of("filedOn", e.filedOn())));
        }
        if (event instanceof CaseRegisteredOnPlatform e) {
            return Optional.of(new Step(
                    Map.of("registeredOn", e.registeredOn(), "platformReference", e.platformReference())));
        }
        if (event instanceof HearingHeld e) {
            return Optional.of(new Step(Map.of("heldOn", e.heldOn(), "principalAppeared", e.principalAppeared())));
        }
        if (event instanceof CaseConcluded e) {
            return Optional.of(new Step(
                    Map.of("concludedOn", e.concludedOn(), "outcome", e.outcome(), "detail", e.detail())));
        }
        if (event instanceof CaseAppealed e) {
            return Optional.of(appeal(e));
        }
        return Optional.empty();
    }

    /** The appeal opens the appeal case: its line carries that case as received, and its id. */
    private Step appeal(CaseAppealed appealed) {
        JsonNode appeal = index.find(LegalCaseDetails.TYPE, appealed.appealCaseId())
                .map(RecordIndex.Entry::record)
                .orElseThrow(() -> new IllegalStateException("the appeal case " + appealed.appealCaseId() + " is not indexed"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appealedOn", appealed.appealedOn());
        body.put("caseNumber", appeal.path("caseNumber").asText());
        body.put("court", appeal.path("court").asText());
        body.put("complaintReceivedOn", appeal.path("complaintReceivedOn").asText());
        return new Step(body, appealed.appealCaseId());
    }
}
