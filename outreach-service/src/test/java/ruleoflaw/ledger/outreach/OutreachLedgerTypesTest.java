package ruleoflaw.ledger.outreach;

import java.util.Map;

import ruleoflaw.ledger.platform.testing.LedgerTypesContract;

/** The ledger lines outreach-service takes, as bin/ledger-types.tsv listed them before the services told them. */
class OutreachLedgerTypesTest extends LedgerTypesContract {

    @Override
    protected Map<String, String> types() {
        return Map.ofEntries(
                Map.entry("outreach.event", "/api/outreach/events"),
                Map.entry("outreach.contestSeries", "/api/outreach/contest-series"),
                Map.entry("outreach.contestEdition", "/api/outreach/contest-editions"),
                Map.entry("outreach.briefing", "/api/outreach/briefings"),
                Map.entry("outreach.visit", "/api/outreach/visits"));
    }
}
