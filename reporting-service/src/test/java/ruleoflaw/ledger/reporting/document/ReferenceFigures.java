package ruleoflaw.ledger.reporting.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The figures of the reference year (区科技局 2024) as the samples give them, every catalog key present. */
public final class ReferenceFigures {

    private static final Path SAMPLE = Path.of("..", "samples", "kjj-2024");

    private ReferenceFigures() {
    }

    public static Map<String, Number> of2024() {
        Map<String, Number> figures = new LinkedHashMap<>();
        for (String context : List.of("study", "litigation", "outreach", "disclosure")) {
            try {
                figures.putAll(new ObjectMapper().readValue(SAMPLE.resolve(context + "-figures.json").toFile(),
                        new TypeReference<LinkedHashMap<String, Number>>() {
                        }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return figures;
    }
}
