package ruleoflaw.ledger.disclosure.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.disclosure.ApplicationCorrectionReceived;
import ruleoflaw.ledger.contracts.disclosure.ApplicationCorrectionRequested;
import ruleoflaw.ledger.contracts.disclosure.ApplicationExtensionApproved;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationAnswered;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationFile;
import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.platform.ledger.LedgerLines;

/** An application in the ledger format: the application as received, then one line per step (their REST bodies). */
@Component
class ApplicationLedgerLines implements LedgerLines {

    @Override
    public Object body(RecordDetails stated) {
        return stated instanceof DisclosureApplicationFile file ? file.asReceived() : stated;
    }

    @Override
    public Optional<Step> step(Object event) {
        if (event instanceof ApplicationCorrectionRequested e) {
            return Optional.of(new Step(Map.of("requestedOn", e.requestedOn())));
        }
        if (event instanceof ApplicationCorrectionReceived e) {
            return Optional.of(new Step(Map.of("receivedOn", e.receivedOn())));
        }
        if (event instanceof ApplicationExtensionApproved e) {
            return Optional.of(new Step(Map.of("approvedOn", e.approvedOn(), "workingDays", e.workingDays())));
        }
        if (event instanceof DisclosureApplicationAnswered e) {
            Map<String, Object> answer = new HashMap<>(Map.of("answeredOn", e.answeredOn(), "outcome", e.outcome()));
            if (e.subReason() != null) {
                answer.put("subReason", e.subReason());
            }
            return Optional.of(new Step(answer));
        }
        return Optional.empty();
    }
}
