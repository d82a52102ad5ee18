package ruleoflaw.ledger.platform.ledger;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/<context>/ledger/types}: the ledger line types this service takes and the path each goes to
 * ({@code {"types": {"legal.case": "/api/litigation/cases", "legal.case.defence": "/api/litigation/cases/{of}/defence",
 * …}}}), which {@code bin/suite import} asks each context for. Every signed-in user may read it, as the export.
 */
@RestController
@RequestMapping("/api/${ledger.security.context}/ledger/types")
public class LedgerTypesResource {

    /** The answer: line type → path; {@code {of}} in a step's path stands for its record's id. */
    public record Types(Map<String, String> types) {
    }

    private final LedgerTypes types;

    public LedgerTypesResource(LedgerTypes types) {
        this.types = types;
    }

    @GetMapping
    Types types() {
        return new Types(types.paths());
    }
}
