package ruleoflaw.ledger.cli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.cli.testing.FakeGateway.Reply;
import ruleoflaw.ledger.cli.testing.FakeGateway.Request;

/**
 * The ledger lines each context takes, as the services answer {@code GET /api/<context>/ledger/types}: the table of
 * docs/ledger-format.md, which each service's {@code <Context>LedgerTypesTest} holds it to.
 */
public final class ContextTypes {

    /** context → line type → path. */
    public static final Map<String, Map<String, String>> TYPES = fromTheLedgerFormat();

    private static Map<String, Map<String, String>> fromTheLedgerFormat() {
        try {
            String format = Files.readString(Path.of("..", "docs", "ledger-format.md"), StandardCharsets.UTF_8);
            return Pattern.compile("^\\| `([A-Za-z.]+)` \\| `/api/([a-z]+)(/[^`]+)`", Pattern.MULTILINE).matcher(format)
                    .results().collect(Collectors.groupingBy(row -> row.group(2),
                            Collectors.toMap(row -> row.group(1), row -> "/api/" + row.group(2) + row.group(3))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ContextTypes() {
    }

    /**
     * The answer of the context that {@code request} asks ({@code /api/<context>/ledger/types}), of a service that
     * takes no batches; 404 for another.
     */
    public static Reply answer(Request request) {
        return answer(request, false);
    }

    /** The answer of a service that takes lines in batches too ({@code "lines": "/api/<context>/ledger/lines"}). */
    public static Reply withBatches(Request request) {
        return answer(request, true);
    }

    private static Reply answer(Request request, boolean batches) {
        String context = request.path().split("/")[2];
        Map<String, String> types = TYPES.get(context);
        if (types == null) {
            return Reply.problem(404, "No static resource " + request.path());
        }
        try {
            return Reply.of(200, new ObjectMapper().writeValueAsString(batches
                    ? Map.of("types", types, "lines", "/api/" + context + "/ledger/lines") : Map.of("types", types)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
