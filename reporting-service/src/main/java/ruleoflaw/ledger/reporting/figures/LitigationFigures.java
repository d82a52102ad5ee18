package ruleoflaw.ledger.reporting.figures;

import static ruleoflaw.ledger.reporting.figures.Figure.count;
import static ruleoflaw.ledger.reporting.figures.Figure.factIn;
import static ruleoflaw.ledger.reporting.figures.Figure.sum;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCounselDetails;
import ruleoflaw.ledger.contracts.litigation.LegalReviewDetails;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * 法务: the legal.* figures. A case counts in the year its complaint (or application) copy was received; every
 * event of a case states the whole case so far, so its latest version up to {@code asOf} carries its defence,
 * platform registration, hearings and conclusion. Pending: every case received by 31 December and not
 * concluded by then, whatever the year it was received. Concluded by outcome: concluded within the year,
 * whatever the year it was received.
 */
@Component
@Order(2)
class LitigationFigures implements ContextFigures {

    private static final String CASE = LegalCaseDetails.TYPE;
    private static final String COUNSEL = LegalCounselDetails.TYPE;
    private static final String REVIEW = LegalReviewDetails.TYPE;
    private static final Predicate<RecordVersion> LITIGATION = r -> String.valueOf(r.fact("kind")).startsWith("LITIGATION_");
    private static final Predicate<RecordVersion> RECONSIDERATION = r -> "RECONSIDERATION".equals(r.fact("kind"));

    private final List<Figure> figures = List.of(
            count("legal.litigation.cases", CASE, LITIGATION),
            Figure.open("legal.litigation.pending", CASE, LITIGATION, RecordVersion::year, r -> yearOf(r, "concludedOn"),
                    (records, ledger) -> cases(ledger, r -> r.year() <= ledger.year() && !concludedBy(r, ledger.year()))),
            concludedInYearAs("legal.litigation.upheld", "UPHELD"),
            concludedInYearAs("legal.litigation.corrected", "CORRECTED"),
            concludedInYearAs("legal.litigation.other", "OTHER"),
            count("legal.litigation.platformRegistered", CASE,
                    LITIGATION.and(r -> onOrBeforeYearEnd(r, date(r, "platformRegisteredOn")))),
            sum("legal.litigation.principalAppearances", CASE, LITIGATION, "principalAppearances"),
            count("legal.litigation.defenceOverdue", CASE, LITIGATION.and(r -> Boolean.TRUE.equals(r.fact("defenceOverdue")))),
            count("legal.reconsideration.cases", CASE, RECONSIDERATION),
            count("legal.counsel.retained", COUNSEL, r -> true),
            count("legal.counsel.filed", COUNSEL, r -> date(r, "filedOn") != null),
            count("legal.reviews.total", REVIEW, r -> true),
            count("legal.reviews.majorDecisions", REVIEW, factIn("kind", "MAJOR_DECISION")),
            count("legal.reviews.normativeDocuments", REVIEW, factIn("kind", "NORMATIVE_DOCUMENT")),
            count("legal.reviews.enforcementDecisions", REVIEW, factIn("kind", "MAJOR_ENFORCEMENT_DECISION")),
            count("legal.reviews.contracts", REVIEW, factIn("kind", "CONTRACT")),
            count("legal.reviews.other", REVIEW, factIn("kind", "OTHER")));

    @Override
    public List<Figure> figures() {
        return figures;
    }

    private static Figure concludedInYearAs(String key, String outcome) {
        return Figure.countIn(key, CASE, LITIGATION.and(r -> outcome.equals(r.fact("outcome"))),
                r -> yearOf(r, "concludedOn"), (records, ledger) -> cases(ledger, r -> {
                    LocalDate concluded = date(r, "concludedOn");
                    return concluded != null && concluded.getYear() == ledger.year() && outcome.equals(r.fact("outcome"));
                }));
    }

    /** The litigation cases of any year that match; they are also the evidence. */
    private static Figure.Result cases(Figure.Ledger ledger, Predicate<RecordVersion> matching) {
        List<RecordVersion> cases = ledger.ofType(CASE).stream().filter(LITIGATION.and(matching)).toList();
        return new Figure.Result(cases.size(), cases);
    }

    private static boolean concludedBy(RecordVersion r, int year) {
        LocalDate concluded = date(r, "concludedOn");
        return concluded != null && concluded.getYear() <= year;
    }

    private static boolean onOrBeforeYearEnd(RecordVersion r, LocalDate date) {
        return date != null && date.getYear() <= r.year();
    }

    private static Integer yearOf(RecordVersion r, String fact) {
        LocalDate date = date(r, fact);
        return date == null ? null : date.getYear();
    }

    private static LocalDate date(RecordVersion r, String fact) {
        Object value = r.fact(fact);
        return value == null ? null : LocalDate.parse(String.valueOf(value));
    }
}
