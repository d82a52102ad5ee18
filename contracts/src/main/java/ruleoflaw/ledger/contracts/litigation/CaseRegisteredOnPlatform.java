package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

/** Registered on the national administrative litigation platform (全国行政应诉平台 备案), or its registration updated. */
public record CaseRegisteredOnPlatform(String caseId, LocalDate registeredOn, String platformReference, LegalCaseFile file)
        implements LegalCaseEvent {
}
