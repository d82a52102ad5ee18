package ruleoflaw.ledger.platform.ledger;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/<context>/ledger/types}: the ledger line types this service takes and the path each goes to
 * ({@code {"types": {"legal.case": "/api/litigation/cases", "legal.case.defence": "/api/litigation/cases/{of}/defence",
 * …}, "lines": "/api/litigation/ledger/lines"}}), which {@code bin/suite import} asks each context for: {@code lines}
 * is where the service takes lines in batches ({@code LedgerBatchResource}). Every signed-in user may read it, as the
 * export.
 */
@RestController
@RequestMapping("/api/${ledger.security.context}/ledger/types")
public class LedgerTypesResource {

    /**
     * The answer: line type → path ({@code {of}} in a step's path stands for its record's id), and the path that takes
     * a batch of lines.
     */
    public record Types(Map<String, String> types, String lines) {
    }

    private final LedgerTypes types;
    private final String batchPath;

    /** {@code context}: the service's, as in its paths ({@code study}). */
    public LedgerTypesResource(LedgerTypes types, String context) {
        this.types = types;
        this.batchPath = "/api/" + context + "/ledger/lines";
    }

    @GetMapping
    Types types() {
        return new Types(types.paths(), batchPath);
    }
}
