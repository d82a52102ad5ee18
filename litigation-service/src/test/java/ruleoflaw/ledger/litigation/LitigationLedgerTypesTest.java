package ruleoflaw.ledger.litigation;

import java.util.Map;

import ruleoflaw.ledger.platform.testing.LedgerTypesContract;

/** The ledger lines litigation-service takes, as bin/ledger-types.tsv listed them before the services told them. */
class LitigationLedgerTypesTest extends LedgerTypesContract {

    @Override
    protected Map<String, String> types() {
        return Map.ofEntries(
                Map.entry("legal.case", "/api/litigation/cases"),
                Map.entry("legal.case.defence", "/api/litigation/cases/{of}/defence"),
                Map.entry("legal.case.platformRegistration", "/api/litigation/cases/{of}/platform-registration"),
                Map.entry("legal.case.hearing", "/api/litigation/cases/{of}/hearings"),
                Map.entry("legal.case.conclusion", "/api/litigation/cases/{of}/conclusion"),
                Map.entry("legal.case.appeal", "/api/litigation/cases/{of}/appeal"),
                Map.entry("legal.counsel", "/api/litigation/counsel"),
                Map.entry("legal.review", "/api/litigation/reviews"));
    }
}
