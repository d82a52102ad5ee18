package ruleoflaw.ledger.reporting.document;

import java.util.EnumMap;
import java.util.Map;

/** What people wrote for each section of the year's report; a section nobody wrote for is blank. */
public record Narrative(Map<Section, String> text) {

    public static final Narrative EMPTY = new Narrative(Map.of());

    public Narrative {
        EnumMap<Section, String> written = new EnumMap<>(Section.class);
        if (text != null) {
            text.forEach((section, words) -> {
                if (section != null && words != null && !words.isBlank()) {
                    written.put(section, words.strip());
                }
            });
        }
        text = Map.copyOf(written);
    }

    /** The section's text, "" when nothing was written. */
    public String of(Section section) {
        return text.getOrDefault(section, "");
    }
}
