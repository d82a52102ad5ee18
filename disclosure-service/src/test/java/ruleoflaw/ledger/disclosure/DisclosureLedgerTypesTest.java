package ruleoflaw.ledger.disclosure;

import java.util.Map;

import ruleoflaw.ledger.platform.testing.LedgerTypesContract;

/** The ledger lines disclosure-service takes (as bin/ledger-types.tsv listed them before the services told them). */
class DisclosureLedgerTypesTest extends LedgerTypesContract {

    @Override
    protected Map<String, String> types() {
        return Map.ofEntries(
                Map.entry("disclosure.item", "/api/disclosure/items"),
                Map.entry("disclosure.application", "/api/disclosure/applications"),
                Map.entry("disclosure.application.correctionRequest", "/api/disclosure/applications/{of}/correction-request"),
                Map.entry("disclosure.application.correctionReceived", "/api/disclosure/applications/{of}/correction-received"),
                Map.entry("disclosure.application.extension", "/api/disclosure/applications/{of}/extension"),
                Map.entry("disclosure.application.answer", "/api/disclosure/applications/{of}/answer"),
                Map.entry("normative.document", "/api/disclosure/normative-documents"),
                Map.entry("normative.repeal", "/api/disclosure/normative-repeals"),
                Map.entry("normative.cleanup", "/api/disclosure/normative-cleanups"),
                Map.entry("services.item", "/api/disclosure/service-items"),
                Map.entry("services.materialsUpdate", "/api/disclosure/service-materials-updates"));
    }
}
