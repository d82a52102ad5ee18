package ruleoflaw.ledger.outreach.contest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.outreach.CorrectContestSeries;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesDetails;
import ruleoflaw.ledger.contracts.outreach.RecordContestSeries;
import ruleoflaw.ledger.contracts.outreach.WithdrawContestSeries;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/outreach/contest-series")
class ContestSeriesResource extends RecordResource<ContestSeriesDetails> {

    ContestSeriesResource(RecordSupport support) {
        super(support, ContestSeriesDetails.TYPE, new Commands<>(RecordContestSeries::new, CorrectContestSeries::new, WithdrawContestSeries::new));
    }
}
