package ruleoflaw.ledger.reporting.figures;

import static ruleoflaw.ledger.reporting.figures.Figure.count;
import static ruleoflaw.ledger.reporting.figures.Figure.distinct;
import static ruleoflaw.ledger.reporting.figures.Figure.factIn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * The figures of ../shared/design/FIGURES.md that the recorded contexts can feed so far, in catalog order.
 * A context's figures join the catalog together with the records that feed them.
 */
@Component
public class FigureCatalog {

    private static final String SESSION = "study.session";

    private final List<Figure> figures = List.of(
            count("study.sessions.total", SESSION,
                    factIn("kind", "COLLECTIVE_STUDY", "CENTRAL_GROUP_STUDY", "GROUP_STUDY", "SPECIAL_TRAINING")),
            count("study.sessions.collective", SESSION, factIn("kind", "COLLECTIVE_STUDY")),
            count("study.sessions.centralGroup", SESSION, factIn("kind", "CENTRAL_GROUP_STUDY")),
            count("study.sessions.group", SESSION, factIn("kind", "GROUP_STUDY")),
            count("study.sessions.training", SESSION, factIn("kind", "SPECIAL_TRAINING")),
            count("study.lectures.byLeaders", SESSION, factIn("kind", "LEADER_LAW_LECTURE")),
            distinct("study.laws.distinct", SESSION, record -> record.factList("laws")),
            count("governance.warningEducation.sessions", SESSION, factIn("kind", "WARNING_EDUCATION")));

    public List<Figure> figures() {
        return figures;
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Every figure's value, keyed and ordered as in the catalog. */
    public Map<String, Number> values(List<RecordVersion> records) {
        Map<String, Number> values = new LinkedHashMap<>();
        figures.forEach(figure -> values.put(figure.key(), figure.compute(records).value()));
        return values;
    }
}
