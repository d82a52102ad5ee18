package ruleoflaw.ledger.reporting.comparison;

import java.time.Clock;
import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.figures.YearFigures;
import ruleoflaw.ledger.reporting.records.AsOf;

/** Year over year: the year's figures and the previous year's, as known at {@code asOf} (now by default). */
@RestController
class ComparisonController {

    private final YearFigures figures;
    private final Clock clock;
    private final Departments departments;

    ComparisonController(YearFigures figures, Clock clock, Departments departments) {
        this.departments = departments;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/api/reports/{year}/comparison")
    Comparison comparison(@PathVariable int year, @RequestParam(required = false) String asOf) {
        Instant moment = AsOf.moment(year, asOf, clock);
        String department = departments.current();
        return Comparison.of(year, moment, figures.asOf(department, year, moment),
                figures.asOf(department, year - 1, moment));
    }
}
