package ruleoflaw.ledger.reporting.figures;

import java.util.List;

/**
 * The figures one context feeds, in the order of ../shared/design/FIGURES.md. One bean per context;
 * {@code @Order} puts the contexts in the catalog's order (study 1, litigation 2, outreach 3, disclosure 4).
 */
public interface ContextFigures {

    List<Figure> figures();
}
