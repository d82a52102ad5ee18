package ruleoflaw.ledger.reporting.figures;

import java.util.List;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;

/** The figure catalog as the service assembles it, for unit tests outside this package. */
public final class FigureCatalogs {

    private FigureCatalogs() {
    }

    public static FigureCatalog all() {
        return new FigureCatalog(List.of(new StudyFigures(), new LitigationFigures(), new OutreachFigures(),
                new DisclosureFigures(WorkingDays.china())));
    }
}
