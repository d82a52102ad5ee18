package ruleoflaw.ledger.outreach.contest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.outreach.ContestEditionDetails;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesDetails;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.record.RecordIndex;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

/**
 * Editions of a contest series. An edition names its series by the series' record id; before an edition is recorded
 * or corrected, the service's record index must know that id as a contest series that is not withdrawn (400 naming
 * {@code seriesId} otherwise). The record cannot see the series, so this is the resource's check; it reads the
 * index of the same service, which is kept in the command's transaction, so a series just recorded is known. A series
 * withdrawn later leaves its recorded editions as they are.
 */
@RestController
@RequestMapping("/api/outreach/contest-editions")
class ContestEditionResource extends RecordResource<ContestEditionDetails> {

    private final RecordIndex index;

    ContestEditionResource(RecordSupport support, RecordIndex index) {
        super(support, ContestEditionDetails.TYPE);
        this.index = index;
    }

    /** The edition of a recorded contest series that is not withdrawn. */
    @Override
    protected ContestEditionDetails accepted(ContestEditionDetails details) {
        RecordIndex.Entry series = index.find(ContestSeriesDetails.TYPE, details.seriesId().strip())
                .orElseThrow(() -> new InvalidFieldException("seriesId",
                        "is not the id of a recorded contest series (POST /api/outreach/contest-series first)"));
        if (series.withdrawn()) {
            throw new InvalidFieldException("seriesId", "names a contest series that was withdrawn");
        }
        return details;
    }
}
