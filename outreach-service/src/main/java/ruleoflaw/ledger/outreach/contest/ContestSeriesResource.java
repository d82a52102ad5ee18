package ruleoflaw.ledger.outreach.contest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.outreach.ContestEditionDetails;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesDetails;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

/**
 * Contest series, and how many years in a row a series has run up to a year ({@code GET /{id}/run?year=2024}):
 * counted back from that year over the years with an edition that is not withdrawn, as the service's records stand now.
 */
@RestController
@RequestMapping("/api/outreach/contest-series")
class ContestSeriesResource extends RecordResource<ContestSeriesDetails> {

    /** A series' run up to {@code year}: {@code consecutiveYears} editions in a row, in {@code years}. */
    record Run(String seriesId, int year, int consecutiveYears, List<Integer> years) {
    }

    private final JdbcTemplate jdbc;

    ContestSeriesResource(RecordSupport support, JdbcTemplate jdbc) {
        super(support, ContestSeriesDetails.TYPE);
        this.jdbc = jdbc;
    }

    @GetMapping("/{id}/run")
    public Run run(@PathVariable String id, @RequestParam(required = false) Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidFieldException("year", "give the year to count up to, between 2000 and 2100 (?year=2024)");
        }
        get(id); // 404 for an unknown series
        Set<Integer> years = new TreeSet<>(jdbc.queryForList("""
                select distinct year from ledger_record
                where record_type = ? and not withdrawn and year <= ? and cast(details as jsonb) ->> 'seriesId' = ?""",
                Integer.class, ContestEditionDetails.TYPE, year, id));
        int run = 0;
        while (years.contains(year - run)) {
            run++;
        }
        int first = year - run + 1;
        return new Run(id, year, run, years.stream().filter(y -> y >= first).toList());
    }
}
