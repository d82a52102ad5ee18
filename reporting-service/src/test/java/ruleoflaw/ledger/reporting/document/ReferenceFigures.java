package ruleoflaw.ledger.reporting.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.platform.testing.LedgerSample;

/** The figures of the reference year (区科技局 2024) as the sample gives them, every catalog key present. */
public final class ReferenceFigures {

    private ReferenceFigures() {
    }

    public static Map<String, Number> of2024() {
        try {
            return new ObjectMapper().readValue(LedgerSample.REFERENCE_FIGURES.toFile(),
                    new TypeReference<LinkedHashMap<String, Number>>() {
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
