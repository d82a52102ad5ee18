package ruleoflaw.ledger.outreach.contest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.outreach.ContestSeriesCorrected;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesDetails;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesRecorded;
import ruleoflaw.ledger.contracts.outreach.CorrectContestSeries;
import ruleoflaw.ledger.contracts.outreach.RecordContestSeries;
import ruleoflaw.ledger.contracts.outreach.WithdrawContestSeries;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One contest series (e.g. 科普讲解大赛), registered once; its editions are records of their own. */
@Aggregate
public class ContestSeries {

    @AggregateIdentifier
    private String seriesId;
    private boolean withdrawn;

    protected ContestSeries() {
        // for Axon
    }

    @CommandHandler
    public ContestSeries(RecordContestSeries command) {
        apply(new ContestSeriesRecorded(command.seriesId(), checked(command.details())));
    }

    @CommandHandler
    void handle(CorrectContestSeries command) {
        RecordRules.requireNotWithdrawn(withdrawn, ContestSeriesDetails.TYPE, seriesId);
        apply(new ContestSeriesCorrected(seriesId, command.reason(), checked(command.details())));
    }

    @CommandHandler
    void handle(WithdrawContestSeries command) {
        RecordRules.requireNotWithdrawn(withdrawn, ContestSeriesDetails.TYPE, seriesId);
        apply(new RecordWithdrawn(seriesId, ContestSeriesDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(ContestSeriesRecorded event) {
        seriesId = event.seriesId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** Name and organiser without surrounding blanks. */
    private static ContestSeriesDetails checked(ContestSeriesDetails details) {
        return new ContestSeriesDetails(details.name().strip(), details.organiser().strip(), details.partners(),
                details.registeredOn());
    }
}
