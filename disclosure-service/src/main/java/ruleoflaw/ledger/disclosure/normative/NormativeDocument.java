package ruleoflaw.ledger.disclosure.normative;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.disclosure.CorrectNormativeDocument;
import ruleoflaw.ledger.contracts.disclosure.RecordNormativeDocument;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentCorrected;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentRecorded;
import ruleoflaw.ledger.contracts.disclosure.WithdrawNormativeDocument;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.InvalidFieldException;
import ruleoflaw.ledger.platform.record.RecordRules;

/** A normative document (规范性文件) the bureau issued, new or revising an earlier one. */
@Aggregate
public class NormativeDocument {

    @AggregateIdentifier
    private String documentId;
    private boolean withdrawn;

    protected NormativeDocument() {
        // for Axon
    }

    @CommandHandler
    public NormativeDocument(RecordNormativeDocument command) {
        check(command.details());
        apply(new NormativeDocumentRecorded(command.documentId(), command.details()));
    }

    @CommandHandler
    void handle(CorrectNormativeDocument command) {
        RecordRules.requireNotWithdrawn(withdrawn, NormativeDocumentDetails.TYPE, documentId);
        check(command.details());
        apply(new NormativeDocumentCorrected(documentId, command.reason(), command.details()));
    }

    @CommandHandler
    void handle(WithdrawNormativeDocument command) {
        RecordRules.requireNotWithdrawn(withdrawn, NormativeDocumentDetails.TYPE, documentId);
        apply(new RecordWithdrawn(documentId, NormativeDocumentDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(NormativeDocumentRecorded event) {
        documentId = event.documentId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    private static void check(NormativeDocumentDetails details) {
        if (details.effectiveFrom().isBefore(details.issuedOn())) {
            throw new InvalidFieldException("effectiveFrom", "must not be before issuedOn");
        }
        if (details.validUntil() != null && details.validUntil().isBefore(details.effectiveFrom())) {
            throw new InvalidFieldException("validUntil", "must not be before effectiveFrom");
        }
        if (details.documentNumber().equals(details.revisesDocumentNumber())) {
            throw new InvalidFieldException("revisesDocumentNumber", "a document does not revise itself");
        }
    }
}
