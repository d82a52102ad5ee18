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

    private final List<ContextFigures> contexts;
    private final List<Figure> figures;

    FigureCatalog(List<ContextFigures> contexts) {
        this.contexts = contexts;
        this.figures = contexts.stream().flatMap(context -> context.figures().stream()).toList();
    }

    /** The catalog's figures, which every year has; a year may have named ones besides ({@link #values}). */
    public List<Figure> figures() {
        return figures;
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .or(() -> contexts.stream().flatMap(context -> context.named(key).stream()).findFirst());
    }

    /** Every figure's value, keyed and ordered as in the catalog, from the year's records alone. */
    public Map<String, Number> values(List<RecordVersion> records) {
        return values(records, Figure.Ledger.of(records));
    }

    /** What a record, standing in this version, adds to the counters of every figure. */
    public void count(RecordVersion record, Tally.Adder add) {
        figures.forEach(figure -> figure.count(record, add));
        contexts.forEach(context -> context.countNamed(record, add));
    }

    /** Every figure's value of {@code year} from the department's counters: what {@link #values} computes. */
    public Map<String, Number> read(int year, Tally tally) {
        Map<String, Number> values = new LinkedHashMap<>();
        figures.forEach(figure -> values.put(figure.key(), figure.read(year, tally)));
        contexts.forEach(context -> values.putAll(context.readNamed(year, tally)));
        return values;
    }

    /**
     * Every figure's value, keyed and ordered as in the catalog, then the figures the year's records name; figures
     * looking back see {@code ledger}.
     */
    public Map<String, Number> values(List<RecordVersion> records, Figure.Ledger ledger) {
        Map<String, Number> values = new LinkedHashMap<>();
        figures.forEach(figure -> values.put(figure.key(), figure.compute(records, ledger).value()));
        contexts.forEach(context -> context.named(records)
                .forEach(figure -> values.put(figure.key(), figure.compute(records, ledger).value())));
        return values;
    }
}
