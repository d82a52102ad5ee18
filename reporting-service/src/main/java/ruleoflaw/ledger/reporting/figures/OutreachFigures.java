package ruleoflaw.ledger.reporting.figures;

import static ruleoflaw.ledger.reporting.figures.Figure.count;
import static ruleoflaw.ledger.reporting.figures.Figure.distinct;
import static ruleoflaw.ledger.reporting.figures.Figure.factIn;
import static ruleoflaw.ledger.reporting.figures.Figure.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.outreach.BriefingDetails;
import ruleoflaw.ledger.contracts.outreach.CampaignEventDetails;
import ruleoflaw.ledger.contracts.outreach.ContestEditionDetails;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitDetails;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** 普法与科普: the outreach.* figures. */
@Component
@Order(3)
class OutreachFigures implements ContextFigures {

    private static final String EVENT = CampaignEventDetails.TYPE;
    private static final String EDITION = ContestEditionDetails.TYPE;
    private static final String BRIEFING = BriefingDetails.TYPE;
    private static final String VISIT = EnterpriseVisitDetails.TYPE;
    /** The family of figures counting the events of a campaign named by the department (双创活动周), by name. */
    static final String NAMED_CAMPAIGN = "outreach.events.named.";
    private static final String EDITION_NUMBER = "outreach.contests.edition";
    private static final String CONSECUTIVE = "outreach.contests.consecutiveYears";

    private final List<Figure> figures = List.of(
            count("outreach.events.total", EVENT, record -> true),
            count("outreach.events.scienceWeek", EVENT, factIn("campaign", "SCIENCE_WEEK")),
            count("outreach.events.scienceDay", EVENT, factIn("campaign", "SCIENCE_DAY")),
            count("outreach.events.constitutionWeek", EVENT, factIn("campaign", "CONSTITUTION_WEEK")),
            count("outreach.events.otherCampaigns", EVENT, factIn("campaign", "OTHER")),
            count("outreach.contests.held", EDITION, record -> true),
            Figure.of(EDITION_NUMBER, OutreachFigures::edition, Figure.Kept.of(OutreachFigures::countEdition,
                    OutreachFigures::readEdition)),
            sum("outreach.contests.contestants", EDITION, record -> true, "contestants"),
            Figure.lookingBack(CONSECUTIVE, OutreachFigures::consecutiveYears, Figure.Kept.of(OutreachFigures::countSeries,
                    OutreachFigures::readConsecutiveYears)),
            count("outreach.briefings.held", BRIEFING, record -> true),
            sum("outreach.briefings.attendees", BRIEFING, record -> true, "attendees"),
            distinct("outreach.visits.enterprises", VISIT, visit -> visit.fact("creditCode") == null ? List.of()
                    : List.of(String.valueOf(visit.fact("creditCode")))));

    @Override
    public List<Figure> figures() {
        return figures;
    }

    /** One figure for each campaign of the year that is none of the listed ones, under its own name. */
    @Override
    public List<Figure> named(List<RecordVersion> records) {
        return Figure.select(records, EVENT, factIn("campaign", "OTHER")).stream()
                .sorted(Comparator.comparing(RecordVersion::businessDate)).map(OutreachFigures::campaignName)
                .filter(Objects::nonNull).distinct().map(name -> namedCampaign(NAMED_CAMPAIGN + name)).toList();
    }

    @Override
    public Optional<Figure> named(String key) {
        return key.startsWith(NAMED_CAMPAIGN) && key.length() > NAMED_CAMPAIGN.length()
                ? Optional.of(namedCampaign(key)) : Optional.empty();
    }

    /** Kept: each event of a named campaign under its business date, id and name, which orders the names. */
    @Override
    public void countNamed(RecordVersion record, Tally.Adder add) {
        String name = campaignName(record);
        if (record.type().equals(EVENT) && "OTHER".equals(record.fact("campaign")) && name != null) {
            add.add(record.year(), Tally.key(NAMED_CAMPAIGN, record.businessDate(), record.recordId(), name), 1);
        }
    }

    @Override
    public Map<String, Number> readNamed(int year, Tally tally) {
        Map<String, Number> named = new LinkedHashMap<>();
        tally.parts(year, NAMED_CAMPAIGN).keySet().forEach(event -> named.merge(
                NAMED_CAMPAIGN + event.substring(event.lastIndexOf(Tally.SEPARATOR) + 1), 1,
                (count, one) -> count.intValue() + 1));
        return named;
    }

    private static Figure namedCampaign(String key) {
        String name = key.substring(NAMED_CAMPAIGN.length());
        return count(key, EVENT, factIn("campaign", "OTHER").and(event -> name.equals(campaignName(event))));
    }

    private static String campaignName(RecordVersion event) {
        Object name = event.fact("campaignName");
        return name == null ? null : name.toString();
    }

    /**
     * The edition number of the year's contest when one was held (第七届: 7), which the report then says; 0 when none
     * or several were held (a number would not say which).
     */
    static Figure.Result edition(List<RecordVersion> records) {
        List<RecordVersion> editions = Figure.select(records, EDITION, record -> true);
        return editions.size() == 1 ? new Figure.Result(Math.round(editions.get(0).factNumber("edition")), editions)
                : new Figure.Result(0, List.of());
    }

    private static void countEdition(RecordVersion record, Tally.Adder add) {
        if (record.type().equals(EDITION)) {
            add.add(record.year(), Tally.key(EDITION_NUMBER, "held"), 1);
            add.add(record.year(), Tally.key(EDITION_NUMBER, "number"), Figure.decimal(record.factNumber("edition")));
        }
    }

    private static Number readEdition(int year, Tally tally) {
        if (tally.amount(year, Tally.key(EDITION_NUMBER, "held")).intValue() != 1) {
            return 0;
        }
        return Math.round(tally.amount(year, Tally.key(EDITION_NUMBER, "number")).doubleValue());
    }

    /** Kept: the editions of each series, by year. */
    private static void countSeries(RecordVersion record, Tally.Adder add) {
        if (record.type().equals(EDITION) && seriesOf(record) != null) {
            add.add(record.year(), Tally.key(CONSECUTIVE, seriesOf(record)), 1);
        }
    }

    private static Number readConsecutiveYears(int year, Tally tally) {
        int longest = 0;
        for (String series : tally.parts(year, CONSECUTIVE).keySet()) {
            int run = 0;
            while (tally.amount(year - run, Tally.key(CONSECUTIVE, series)).signum() > 0) {
                run++;
            }
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * For each contest series with an edition this year, how many years in a row, up to this one, it had an edition;
     * the figure is the longest such run (0 when no contest was held this year). Evidence: the editions of that run
     * (of every series with a run that long), earlier years' included.
     */
    static Figure.Result consecutiveYears(List<RecordVersion> records, Figure.Ledger ledger) {
        List<RecordVersion> thisYears = Figure.select(records, EDITION, record -> true);
        if (thisYears.isEmpty()) {
            return new Figure.Result(0, List.of());
        }
        int year = thisYears.get(0).year();
        List<RecordVersion> everyEdition = ledger.ofType(EDITION);
        int longest = 0;
        List<RecordVersion> evidence = new ArrayList<>();
        for (String series : thisYears.stream().map(edition -> seriesOf(edition)).filter(Objects::nonNull)
                .distinct().toList()) {
            List<RecordVersion> editions = everyEdition.stream().filter(edition -> series.equals(seriesOf(edition)))
                    .toList();
            Set<Integer> years = editions.stream().map(RecordVersion::year).collect(Collectors.toSet());
            int run = 0;
            while (years.contains(year - run)) {
                run++;
            }
            int first = year - run + 1;
            List<RecordVersion> ofRun = editions.stream()
                    .filter(edition -> edition.year() >= first && edition.year() <= year).toList();
            if (run > longest) {
                longest = run;
                evidence.clear();
            }
            if (run == longest) {
                evidence.addAll(ofRun);
            }
        }
        evidence.sort(Comparator.comparing(RecordVersion::businessDate).thenComparing(RecordVersion::recordId));
        return new Figure.Result(longest, List.copyOf(evidence));
    }

    private static String seriesOf(RecordVersion edition) {
        Object series = edition.fact("seriesId");
        return series == null ? null : series.toString();
    }
}
