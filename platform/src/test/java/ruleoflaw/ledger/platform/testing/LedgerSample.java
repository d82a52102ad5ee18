package ruleoflaw.ledger.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reference year as a ledger file ({@code samples/kjj-2024.jsonl}) and where each of its types is recorded (as the
 * service under test tells {@code bin/suite import}), for tests that record it line by line.
 */
public final class LedgerSample {

    public static final Path REFERENCE_YEAR = Path.of("..", "samples", "kjj-2024.jsonl");
    public static final Path REFERENCE_FIGURES = Path.of("..", "samples", "kjj-2024-figures.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerSample() {
    }

    /** The reference year's lines whose type starts with one of {@code prefixes} (e.g. "legal."), in file order. */
    public static List<ObjectNode> lines(String... prefixes) {
        try {
            return Files.readAllLines(REFERENCE_YEAR, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(LedgerSample::parse)
                    .filter(line -> Arrays.stream(prefixes).anyMatch(line.path("type").asText()::startsWith))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * type → the REST path that records it ({@code {of}} in a lifecycle step's path stands for its record's id), as
     * the service under test answers {@code GET /api/<context>/ledger/types}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Map<String, String> paths(TestRestTemplate http, String context) {
        ResponseEntity<Map> answer = http.exchange("/api/" + context + "/ledger/types", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
        if (answer.getStatusCode() != HttpStatus.OK) {
            throw new IllegalStateException("GET /api/" + context + "/ledger/types answered " + answer.getStatusCode()
                    + ": " + answer.getBody());
        }
        return new LinkedHashMap<>((Map<String, String>) answer.getBody().get("types"));
    }

    private static ObjectNode parse(String line) {
        try {
            return (ObjectNode) JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
