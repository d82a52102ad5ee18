package ruleoflaw.ledger.reporting.figures;

import static ruleoflaw.ledger.reporting.figures.Figure.count;
import static ruleoflaw.ledger.reporting.figures.Figure.sum;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * 法务: the legal.* figures. A case counts in the year its complaint (or application) copy was received; every
 * event of a case states the whole case so far, so its latest version up to {@code asOf} carries its defence,
 * platform registration, hearings and conclusion. Pending: not concluded by 31 December of that year.
 * Concluded by outcome: concluded within that year. Only cases received in the year are seen (a case received
 * in an earlier year and still open, or concluded this year, is not yet counted here).
 */
@Component
@Order(2)
class LitigationFigures implements ContextFigures {

    private static final String CASE = "legal.case";
    private static final String COUNSEL = "legal.counsel";
    private static final String REVIEW = "legal.review";
    private static final Predicate<RecordVersion> LITIGATION = r -> String.valueOf(r.fact("kind")).startsWith("LITIGATION_");
    private static final Predicate<RecordVersion> RECONSIDERATION = r -> "RECONSIDERATION".equals(r.fact("kind"));

    private final List<Figure> figures = List.of(
            count("legal.litigation.cases", CASE, LITIGATION),
            count("legal.litigation.pending", CASE, LITIGATION.and(LitigationFigures::pendingAtYearEnd)),
            count("legal.litigation.upheld", CASE, LITIGATION.and(concludedInYearAs("UPHELD"))),
            count("legal.litigation.corrected", CASE, LITIGATION.and(concludedInYearAs("CORRECTED"))),
            count("legal.litigation.other", CASE, LITIGATION.and(concludedInYearAs("OTHER"))),
            count("legal.litigation.platformRegistered", CASE,
                    LITIGATION.and(r -> onOrBeforeYearEnd(r, date(r, "platformRegisteredOn")))),
            sum("legal.litigation.principalAppearances", CASE, LITIGATION, "principalAppearances"),
            count("legal.litigation.defenceOverdue", CASE, LITIGATION.and(r -> Boolean.TRUE.equals(r.fact("defenceOverdue")))),
            count("legal.reconsideration.cases", CASE, RECONSIDERATION),
            count("legal.counsel.retained", COUNSEL, r -> true),
            count("legal.counsel.filed", COUNSEL, r -> date(r, "filedOn") != null),
            count("legal.reviews.total", REVIEW, r -> true));

    @Override
    public List<Figure> figures() {
        return figures;
    }

    private static boolean pendingAtYearEnd(RecordVersion r) {
        LocalDate concluded = date(r, "concludedOn");
        return concluded == null || concluded.getYear() > r.year();
    }

    private static Predicate<RecordVersion> concludedInYearAs(String outcome) {
        return r -> {
            LocalDate concluded = date(r, "concludedOn");
            return concluded != null && concluded.getYear() == r.year() && outcome.equals(r.fact("outcome"));
        };
    }

    private static boolean onOrBeforeYearEnd(RecordVersion r, LocalDate date) {
        return date != null && date.getYear() <= r.year();
    }

    private static LocalDate date(RecordVersion r, String fact) {
        Object value = r.fact(fact);
        return value == null ? null : LocalDate.parse(String.valueOf(value));
    }
}
