package ruleoflaw.ledger.study;

import java.util.Map;

import ruleoflaw.ledger.platform.testing.LedgerTypesContract;

/** The ledger lines study-service takes, as bin/ledger-types.tsv listed them before the services told them. */
class StudyLedgerTypesTest extends LedgerTypesContract {

    @Override
    protected Map<String, String> types() {
        return Map.ofEntries(
                Map.entry("study.lawList", "/api/study/law-lists"),
                Map.entry("study.session", "/api/study/sessions"),
                Map.entry("study.exam", "/api/study/exams"),
                Map.entry("study.hearing", "/api/study/hearings"),
                Map.entry("governance.meeting", "/api/study/meetings"),
                Map.entry("governance.integrity", "/api/study/integrity"));
    }
}
