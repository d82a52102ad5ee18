package ruleoflaw.ledger.reporting.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.document.Narrative;
import ruleoflaw.ledger.reporting.document.Section;
import ruleoflaw.ledger.reporting.projections.Generations;
import ruleoflaw.ledger.reporting.projections.ReadYourWrite;

/** The query side of the annual reports: as they stand, as they were published, and which are overdue. */
@Component
public class AnnualReports {

    /** The processor that projects the reports' events; unique across services. */
    public static final String PROCESSING_GROUP = "reporting-annual-reports";
    /** Deadlines are days in China Standard Time. */

    private final MongoTemplate mongo;
    private final Generations generations;
    private final Clock clock;
    private final Departments departments;

    AnnualReports(MongoTemplate mongo, Generations generations, Clock clock, Departments departments) {
        this.departments = departments;
        this.mongo = mongo;
        this.generations = generations;
        this.clock = clock;
    }

    /**
     * Where a report stands against its deadline today. {@code daysLeft} counts to the deadline while the report is
     * unpublished (negative once it is past) and is null once it is published: nothing is left to count.
     */
    public record DeadlineState(Kind kind, int year, String reportId, ReportStatus status, LocalDate deadline,
            LocalDate firstPublishedOn, boolean overdue, Long daysLeft) {
    }

    /**
     * The id of a department's report of {@code kind} and {@code year}: the default department's reports keep the
     * ids they had before departments existed ({@code rule-of-law-2024}); another's carries its code.
     */
    public String reportId(Kind kind, String department, int year) {
        return departments.isDefault(department) ? kind.reportId(year) : kind.reportId(year) + "-" + department;
    }

    Optional<ReportState> find(Kind kind, String department, int year) {
        return Optional.ofNullable(mongo.findById(reportId(kind, department, year), ReportState.class, reports()));
    }

    /** The published revision {@code revision} of the report, frozen as it was published. */
    public Optional<PublishedRevision> published(String department, int year, Kind kind, int revision) {
        return Optional.ofNullable(mongo.findById(PublishedDocument.id(reportId(kind, department, year), revision),
                PublishedDocument.class, published())).map(PublishedRevision::of);
    }

    /** The last published revision of the report. */
    public Optional<PublishedRevision> latestPublished(String department, int year, Kind kind) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("reportId").is(reportId(kind, department, year)))
                .with(Sort.by(Sort.Direction.DESC, "revision")).limit(1), PublishedDocument.class, published()))
                .map(PublishedRevision::of);
    }

    /** The narrative of the report's current revision (draft or published); empty if nothing is written. */
    public Narrative narrative(Kind kind, String department, int year) {
        return find(kind, department, year).map(AnnualReports::narrativeOf).orElse(Narrative.EMPTY);
    }

    static Narrative narrativeOf(ReportState report) {
        Map<Section, String> text = new EnumMap<>(Section.class);
        report.narrative.forEach((section, words) -> text.put(Section.valueOf(section), words));
        return new Narrative(text);
    }

    /** Now, to the millisecond like the recording times the figures are computed from. */
    java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    LocalDate today() {
        return ChinaTime.today(clock);
    }

    /**
     * The day (in China) the department's report first took {@code step} ({@code submitted}, {@code approved}), if
     * it has.
     */
    public Optional<LocalDate> firstStepOn(Kind kind, String department, int year, String step) {
        return find(kind, department, year).flatMap(report -> report.history.stream()
                .filter(taken -> taken.what().equals(step)).findFirst())
                .map(taken -> LocalDate.ofInstant(taken.recordedAt(), ChinaTime.ZONE));
    }

    /** Where the department's report stands against its deadline today. */
    public DeadlineState deadline(Kind kind, String department, int year) {
        return deadline(kind, department, year, find(kind, department, year));
    }

    DeadlineState deadline(Kind kind, String department, int year, Optional<ReportState> report) {
        LocalDate deadline = kind.deadline(year);
        LocalDate today = today();
        LocalDate firstPublishedOn = report.map(r -> r.firstPublishedOn).orElse(null);
        boolean overdue = firstPublishedOn == null ? today.isAfter(deadline) : firstPublishedOn.isAfter(deadline);
        return new DeadlineState(kind, year, reportId(kind, department, year),
                report.map(r -> r.status).orElse(ReportStatus.NOT_STARTED), deadline, firstPublishedOn, overdue,
                firstPublishedOn == null ? ChronoUnit.DAYS.between(today, deadline) : null);
    }

    /**
     * The reports not published by their deadline: of every kind for the years from {@code since} to last year,
     * started or not, and any started report of an earlier year. Oldest first.
     */
    public List<DeadlineState> overdue(String department, int since) {
        List<DeadlineState> overdue = new ArrayList<>();
        List<ReportState> started = mongo.findAll(ReportState.class, reports()).stream()
                .filter(report -> report.reportId.equals(reportId(report.kind, department, report.year))).toList();
        for (ReportState report : started) {
            if (report.year < since) {
                overdue.add(deadline(report.kind, department, report.year, Optional.of(report)));
            }
        }
        for (int year = since; year < today().getYear(); year++) {
            for (Kind kind : Kind.values()) {
                int of = year;
                overdue.add(deadline(kind, department, year, started.stream()
                        .filter(r -> r.kind == kind && r.year == of).findFirst()));
            }
        }
        return overdue.stream().filter(state -> state.overdue() && state.firstPublishedOn() == null)
                .sorted(Comparator.comparing(DeadlineState::deadline)).toList();
    }

    /**
     * Waits until the read model holds the report at {@code version} (the projection runs on its own thread), so
     * a writer reads its own write; gives up after {@code patience}.
     */
    Optional<ReportState> awaitVersion(String reportId, long version, Duration patience) {
        return ReadYourWrite.await(() -> Optional.ofNullable(mongo.findById(reportId, ReportState.class, reports()))
                .filter(report -> report.version >= version), patience);
    }

    private String reports() {
        return generations.active(ReportState.COLLECTION);
    }

    private String published() {
        return generations.active(PublishedDocument.COLLECTION);
    }
}
