package ruleoflaw.ledger.reporting.document;

import java.util.Map;

public record Narrative(Map<Section, String> text) {

    public static final Narrative EMPTY = new Narrative(Map.of());

    public String of(Section s) {
        return text.getOrDefault(s, "");
    }
}
