package ruleoflaw.ledger.platform.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.department.Departments;

/**
 * {@code GET /api/<context>/ledger?year=2024[&to=2025][&history=true]}: this service's records of those years as
 * ledger lines (JSON Lines, docs/ledger-format.md); {@code bin/suite export} joins the four services' lines. The
 * lines are read in full before the first byte is sent: a store that is away (PostgreSQL, Axon Server) is then a 503
 * problem, not a stream cut short under a 200.
 */
@RestController
@RequestMapping("/api/${ledger.security.context}/ledger")
public class LedgerExportResource {

    static final MediaType JSON_LINES = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);

    private final LedgerExport export;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;

    private final Departments departments;

    public LedgerExportResource(LedgerExport export, ObjectMapper json, TransactionTemplate transactions,
            Departments departments) {
        this.departments = departments;
        this.export = export;
        this.json = json;
        this.transactions = transactions;
    }

    @GetMapping
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer to, @RequestParam(defaultValue = "false") boolean history) {
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidFieldException("year", "give the first year to export, between 2000 and 2100 (?year=2024)");
        }
        int last = to == null ? year : to;
        if (last < year || last > 2100) {
            throw new InvalidFieldException("to", "must be a year from " + year + " to 2100");
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        transactions.executeWithoutResult(status -> export.write(departments.current(), departments.defaultCode(),
                year, last, history, lines::add));
        StreamingResponseBody body = out -> {
            for (Map<String, Object> line : lines) {
                out.write(json.writeValueAsBytes(line));
                out.write('\n');
            }
        };
        return ResponseEntity.ok().contentType(JSON_LINES).body(body);
    }
}
