package ruleoflaw.ledger.reporting.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * The figures of ../shared/design/FIGURES.md that the recorded contexts feed, in catalog order: each
 * context's {@link ContextFigures} joins the catalog together with the records that feed it.
 */
@Component
public class FigureCatalog {

    private final List<Figure> figures;

    FigureCatalog(List<ContextFigures> contexts) {
        this.figures = contexts.stream().flatMap(context -> context.figures().stream()).toList();
    }

    public List<Figure> figures() {
        return figures;
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Every figure's value, keyed and ordered as in the catalog, from the year's records alone. */
    public Map<String, Number> values(List<RecordVersion> records) {
        return values(records, Figure.Ledger.of(records));
    }

    /** Every figure's value, keyed and ordered as in the catalog; figures looking back see {@code ledger}. */
    public Map<String, Number> values(List<RecordVersion> records, Figure.Ledger ledger) {
        Map<String, Number> values = new LinkedHashMap<>();
        figures.forEach(figure -> values.put(figure.key(), figure.compute(records, ledger).value()));
        return values;
    }
}
