package ruleoflaw.ledger.outreach.contest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.outreach.ContestEditionCorrected;
import ruleoflaw.ledger.contracts.outreach.ContestEditionDetails;
import ruleoflaw.ledger.contracts.outreach.ContestEditionRecorded;
import ruleoflaw.ledger.contracts.outreach.ContestantsBySource;
import ruleoflaw.ledger.contracts.outreach.CorrectContestEdition;
import ruleoflaw.ledger.contracts.outreach.RecordContestEdition;
import ruleoflaw.ledger.contracts.outreach.WithdrawContestEdition;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/**
 * One edition of a contest series: held in the year it names, its contestants by source (when given) adding up to its
 * contestants. That the series exists is checked by {@link ContestEditionResource}: an aggregate sees only itself.
 */
@Aggregate
public class ContestEdition {

    @AggregateIdentifier
    private String editionId;
    private boolean withdrawn;

    protected ContestEdition() {
        // for Axon
    }

    @CommandHandler
    public ContestEdition(RecordContestEdition command) {
        apply(new ContestEditionRecorded(command.editionId(), checked(command.details())));
    }

    @CommandHandler
    void handle(CorrectContestEdition command) {
        RecordRules.requireNotWithdrawn(withdrawn, ContestEditionDetails.TYPE, editionId);
        apply(new ContestEditionCorrected(editionId, command.reason(), checked(command.details())));
    }

    @CommandHandler
    void handle(WithdrawContestEdition command) {
        RecordRules.requireNotWithdrawn(withdrawn, ContestEditionDetails.TYPE, editionId);
        apply(new RecordWithdrawn(editionId, ContestEditionDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(ContestEditionRecorded event) {
        editionId = event.editionId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** The rules of an edition, or nothing is recorded; ids and title without surrounding blanks. */
    private static ContestEditionDetails checked(ContestEditionDetails details) {
        if (details.heldOn().getYear() != details.year()) {
            throw new InvalidFieldException("heldOn", "must be a date in the edition's year " + details.year());
        }
        ContestantsBySource sources = details.contestantsBySource();
        if (sources != null && sources.total() != details.contestants()) {
            throw new InvalidFieldException("contestantsBySource", "must add up to contestants (" + details.contestants()
                    + "), not " + sources.total());
        }
        return new ContestEditionDetails(details.seriesId().strip(), details.year(), details.edition(),
                details.title().strip(), details.heldOn(), details.contestants(), sources, details.ruleOfLawContent(),
                details.awards());
    }
}
