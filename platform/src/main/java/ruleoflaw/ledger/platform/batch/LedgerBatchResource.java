package ruleoflaw.ledger.platform.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.batch.LineResult.Outcome;

/**
 * {@code POST /api/<context>/ledger/lines}: a JSON array of ledger lines (docs/ledger-format.md) of this service's
 * types, for one department ({@code ?department=CODE}), written in their order, each exactly as the single request
 * of {@code bin/suite import} would write it (same validation, same idempotency: the line's id is its Idempotency-Key
 * and Record-Id; the idempotency filter commits its claim, events and answer at once): a line refused records
 * nothing and the others go on. Answers
 * {@code {"lines": [{"index", "id", "request", "status", "outcome", "problem"}…]}} in the order sent.
 * {@code ?strict=true}: the lines after the first refused one are not tried. After a line the service failed (5xx) no
 * more are tried: send them again later (what was recorded is recognised).
 */
@RestController
@RequestMapping("/api/${ledger.security.context}/ledger/lines")
public class LedgerBatchResource {


    /** The most lines one batch may hold. */
    public static final int MOST_LINES = 1000;

    /** The answer: how each line went, in the order sent. */
    public record Answer(List<LineResult> lines) {
    }

    private final LedgerLineWriter writer;
    private final ObjectMapper reader;

    LedgerBatchResource(LedgerLineWriter writer, ObjectMapper json) {
        this.writer = writer;
        // numbers as written (2.0 stays 2.0, so a count given as 20.0 is still refused by the line's own reading)
        this.reader = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public Answer lines(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean strict,
            HttpServletRequest request) {
        JsonNode lines = lines(body);
        List<LineResult> results = new ArrayList<>(lines.size());
        boolean stop = false;
        for (int index = 0; index < lines.size(); index++) {
            JsonNode line = lines.get(index);
            if (stop) {
                results.add(notTried(index, line));
                continue;
            }
            LineResult result = writer.write(request, index, line);
            results.add(result);
            stop = result.outcome() == Outcome.FAILED || (strict && result.outcome() == Outcome.REFUSED);
        }
        return new Answer(results);
    }

    private static LineResult notTried(int index, JsonNode line) {
        return new LineResult(index, line.path("id").asText(null), null, 0, Outcome.NOT_TRIED, null);
    }

    private JsonNode lines(byte[] body) {
        JsonNode lines;
        try {
            lines = reader.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("lines", "the body is a JSON array of ledger lines: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (lines == null || !lines.isArray() || lines.isEmpty()) {
            throw new InvalidFieldException("lines", "the body is a JSON array of ledger lines, at least one");
        }
        if (lines.size() > MOST_LINES) {
            throw new InvalidFieldException("lines", "a batch holds at most " + MOST_LINES + " lines, not "
                    + lines.size() + "; send them in several batches, in order");
        }
        return lines;
    }
}
