package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.litigation.CaseConcluded;
import ruleoflaw.ledger.contracts.litigation.CaseKind;
import ruleoflaw.ledger.contracts.litigation.CaseOutcome;
import ruleoflaw.ledger.contracts.litigation.CaseRegisteredOnPlatform;
import ruleoflaw.ledger.contracts.litigation.DefenceDeadlinePassed;
import ruleoflaw.ledger.contracts.litigation.DefenceFiled;
import ruleoflaw.ledger.contracts.litigation.HearingHeld;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCaseFile;
import ruleoflaw.ledger.contracts.litigation.LegalCaseRecorded;
import ruleoflaw.ledger.contracts.litigation.LegalCounselCorrected;
import ruleoflaw.ledger.contracts.litigation.LegalCounselDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCounselRecorded;
import ruleoflaw.ledger.contracts.litigation.LegalReviewDetails;
import ruleoflaw.ledger.contracts.litigation.LegalReviewRecorded;
import ruleoflaw.ledger.contracts.litigation.OutcomeDetail;
import ruleoflaw.ledger.contracts.litigation.PlaintiffType;
import ruleoflaw.ledger.contracts.litigation.ReviewKind;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Cases, counsel and legal reviews appended to the event store (as litigation-service does) give the legal.*
 * figures: a case in its latest state, counted in its year of receipt; corrections and withdrawals applied.
 * Each test has its own year (2061–2069): the stores are shared.
 */
@LedgerServiceTest
@SuppressWarnings({"unchecked", "rawtypes"})
class LitigationFiguresApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theReferenceYearsCaseIsPendingAndOnThePlatformAndCounselIsRetainedAndFiled() {
        int year = 2061;
        LegalCaseFile received = file(year, CaseKind.LITIGATION_FIRST_INSTANCE);
        String id = caseWith(received,
                new DefenceFiled("x", LocalDate.of(year, 9, 20), received.withDefence(LocalDate.of(year, 9, 20))),
                new CaseRegisteredOnPlatform("x", LocalDate.of(year, 9, 23), "应诉平台-1",
                        received.withDefence(LocalDate.of(year, 9, 20)).withPlatformRegistration(LocalDate.of(year, 9, 23), "应诉平台-1")));
        LegalCounselDetails retained = new LegalCounselDetails("张明", "重庆渝法律师事务所", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 5), null);
        String counsel = UUID.randomUUID().toString();
        publish("LegalCounsel", counsel, 0, new LegalCounselRecorded(counsel, retained));
        publish("LegalCounsel", counsel, 1, new LegalCounselCorrected(counsel, "已报备", new LegalCounselDetails("张明",
                "重庆渝法律师事务所", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 5),
                LocalDate.of(year, 1, 19))));
        String review = UUID.randomUUID().toString();
        publish("LegalReview", review, 0, new LegalReviewRecorded(review, new LegalReviewDetails(ReviewKind.CONTRACT,
                "技术服务合同", LocalDate.of(year, 3, 1), "合法")));

        // the review is published last: once it counts, everything before it does
        Map<String, Object> figures = awaitFigure(year, "legal.reviews.total", 1);

        assertThat(figures).containsEntry("legal.counsel.filed", 1).containsEntry("legal.litigation.cases", 1).containsEntry("legal.litigation.pending", 1)
                .containsEntry("legal.litigation.upheld", 0).containsEntry("legal.litigation.corrected", 0)
                .containsEntry("legal.litigation.other", 0).containsEntry("legal.litigation.platformRegistered", 1)
                .containsEntry("legal.litigation.principalAppearances", 0)
                .containsEntry("legal.litigation.defenceOverdue", 0).containsEntry("legal.reconsideration.cases", 0)
                .containsEntry("legal.counsel.retained", 1);
        Map<String, Object> evidence = get("/api/reports/" + year + "/figures/legal.litigation.platformRegistered/evidence").getBody();
        assertThat((List<Map<String, Object>>) evidence.get("records")).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("recordId", id).containsEntry("version", 2)
                    .containsEntry("change", "caseRegisteredOnPlatform");
            assertThat((Map<String, Object>) r.get("record")).containsEntry("platformReference", "应诉平台-1");
        });
    }

    @Test
    void concludedCasesCountByOutcomeInTheYearOfConclusionAndOthersArePending() {
        int year = 2062;
        LegalCaseFile a = file(year, CaseKind.LITIGATION_FIRST_INSTANCE);
        caseWith(a, new HearingHeld("x", LocalDate.of(year, 10, 1), true, a.withHearing(LocalDate.of(year, 10, 1), true)),
                concluded(a.withHearing(LocalDate.of(year, 10, 1), true), LocalDate.of(year, 12, 1), CaseOutcome.UPHELD,
                        OutcomeDetail.CLAIM_DISMISSED));
        LegalCaseFile b = file(year, CaseKind.LITIGATION_APPEAL);
        caseWith(b, concluded(b, LocalDate.of(year, 11, 1), CaseOutcome.CORRECTED, OutcomeDetail.DECISION_REVOKED));
        LegalCaseFile c = file(year, CaseKind.LITIGATION_RETRIAL);
        caseWith(c, concluded(c, LocalDate.of(year, 11, 2), CaseOutcome.OTHER, OutcomeDetail.MEDIATED));
        LegalCaseFile d = file(year, CaseKind.LITIGATION_FIRST_INSTANCE);
        caseWith(d, concluded(d, LocalDate.of(year + 1, 1, 10), CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED));
        LegalCaseFile e = file(year, CaseKind.RECONSIDERATION);
        caseWith(e, concluded(e, LocalDate.of(year, 10, 10), CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED));

        Map<String, Object> figures = awaitFigure(year, "legal.reconsideration.cases", 1);

        assertThat(figures).containsEntry("legal.litigation.cases", 4).containsEntry("legal.litigation.pending", 1)
                .containsEntry("legal.litigation.upheld", 1).containsEntry("legal.litigation.corrected", 1)
                .containsEntry("legal.litigation.other", 1).containsEntry("legal.litigation.principalAppearances", 1);
    }

    @Test
    void aLateDefenceCountsAsOverdueAndAWithdrawnCaseNotAtAll() {
        int year = 2063;
        LegalCaseFile late = file(year, CaseKind.LITIGATION_FIRST_INSTANCE);
        LegalCaseFile passed = late.withDefenceOverdue();
        caseWith(late, new DefenceDeadlinePassed("x", late.defenceDueOn(), passed),
                new DefenceFiled("x", late.defenceDueOn().plusDays(3), passed.withDefence(late.defenceDueOn().plusDays(3))));
        LegalCaseFile withdrawn = file(year, CaseKind.LITIGATION_FIRST_INSTANCE).withDefenceOverdue();
        String id = caseWith(withdrawn);
        publish("LegalCase", id, 1, new RecordWithdrawn(id, "legal.case", "重复录入"));

        awaitFigure(year, "legal.litigation.defenceOverdue", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) figuresOf(year).get("legal.litigation.cases")).intValue() == 1);
    }

    private static LegalCaseFile file(int year, CaseKind kind) {
        LocalDate received = LocalDate.of(year, 9, 10);
        return LegalCaseFile.received(new LegalCaseDetails(kind, "(" + year + ")渝0107行初" + UUID.randomUUID().toString().substring(0, 4),
                "重庆市九龙坡区人民法院", PlaintiffType.NATURAL_PERSON, "不服行政处理决定", false, false, received),
                received.plusDays(15));
    }

    private static CaseConcluded concluded(LegalCaseFile file, LocalDate on, CaseOutcome outcome, OutcomeDetail detail) {
        return new CaseConcluded("x", on, outcome, detail, file.withConclusion(on, outcome, detail));
    }

    /** The case's events under a fresh id (the {@code "x"} of the given steps replaced). */
    private String caseWith(LegalCaseFile received, Object... steps) {
        String id = UUID.randomUUID().toString();
        publish("LegalCase", id, 0, new LegalCaseRecorded(id, received));
        long sequence = 1;
        for (Object step : steps) {
            publish("LegalCase", id, sequence++, withId(step, id));
        }
        return id;
    }

    private static Object withId(Object step, String id) {
        if (step instanceof DefenceFiled s) {
            return new DefenceFiled(id, s.filedOn(), s.file());
        }
        if (step instanceof CaseRegisteredOnPlatform s) {
            return new CaseRegisteredOnPlatform(id, s.registeredOn(), s.platformReference(), s.file());
        }
        if (step instanceof HearingHeld s) {
            return new HearingHeld(id, s.heldOn(), s.principalAppeared(), s.file());
        }
        if (step instanceof CaseConcluded s) {
            return new CaseConcluded(id, s.concludedOn(), s.outcome(), s.detail(), s.file());
        }
        if (step instanceof DefenceDeadlinePassed s) {
            return new DefenceDeadlinePassed(id, s.dueOn(), s.file());
        }
        throw new IllegalArgumentException(String.valueOf(step));
    }

    private void publish(String aggregateType, String id, long sequence, Object event) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(aggregateType, id,
                sequence, event, MetaData.with("recordedBy", "法制科").and("correlationId", "corr-" + id))));
    }

    private Map<String, Object> awaitFigure(int year, String key, int expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> expected == ((Number) figuresOf(year).get(key)).intValue());
        return figuresOf(year);
    }

    private Map<String, Object> figuresOf(int year) {
        return (Map<String, Object>) get("/api/reports/" + year + "/figures").getBody().get("figures");
    }

    private ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }
}
