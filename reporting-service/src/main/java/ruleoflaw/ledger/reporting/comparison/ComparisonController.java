package ruleoflaw.ledger.reporting.comparison;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.reporting.figures.FiguresController;

/** Year over year: the year's figures and the previous year's, as known at {@code asOf} (now by default). */
@RestController
class ComparisonController {

    private final FiguresController figures;

    ComparisonController(FiguresController figures) {
        this.figures = figures;
    }

    @GetMapping("/api/reports/{year}/comparison")
    Comparison comparison(@PathVariable int year, @RequestParam(required = false) String asOf) {
        Instant moment = figures.moment(year, asOf);
        return Comparison.of(year, moment, figures.values(year, moment), figures.values(year - 1, moment));
    }
}
