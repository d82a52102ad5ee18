package ruleoflaw.ledger.litigation.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.litigation.AppealCase;
import ruleoflaw.ledger.contracts.litigation.CaseAppealed;
import ruleoflaw.ledger.contracts.litigation.CaseConcluded;
import ruleoflaw.ledger.contracts.litigation.CaseKind;
import ruleoflaw.ledger.contracts.litigation.CaseOutcome;
import ruleoflaw.ledger.contracts.litigation.CaseRegisteredOnPlatform;
import ruleoflaw.ledger.contracts.litigation.ConcludeCase;
import ruleoflaw.ledger.contracts.litigation.CorrectLegalCase;
import ruleoflaw.ledger.contracts.litigation.DefenceDeadlinePassed;
import ruleoflaw.ledger.contracts.litigation.DefenceFiled;
import ruleoflaw.ledger.contracts.litigation.DefenceReminderDue;
import ruleoflaw.ledger.contracts.litigation.FileDefence;
import ruleoflaw.ledger.contracts.litigation.HearingHeld;
import ruleoflaw.ledger.contracts.litigation.LegalCaseCorrected;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCaseFile;
import ruleoflaw.ledger.contracts.litigation.LegalCaseRecorded;
import ruleoflaw.ledger.contracts.litigation.OutcomeDetail;
import ruleoflaw.ledger.contracts.litigation.PlaintiffType;
import ruleoflaw.ledger.contracts.litigation.RecordHearing;
import ruleoflaw.ledger.contracts.litigation.RecordLegalCase;
import ruleoflaw.ledger.contracts.litigation.RegisterCaseOnPlatform;
import ruleoflaw.ledger.contracts.litigation.WithdrawLegalCase;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class LegalCaseTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);
    private static final LocalDate DUE = LocalDate.of(2024, 6, 18);
    /** The end of 18 June 2024 in China Standard Time. */
    private static final Instant DEADLINE = Instant.parse("2024-06-18T16:00:00Z");
    private static final Instant REMINDER = Instant.parse("2024-06-14T16:00:00Z");
    private static final LegalCaseDetails CASE = new LegalCaseDetails(CaseKind.LITIGATION_FIRST_INSTANCE,
            "(2024)渝0107行初123号", "重庆市九龙坡区人民法院", PlaintiffType.BUSINESS, "不服科技项目验收结论",
            false, false, RECEIVED);
    private static final LegalCaseFile RECEIVED_FILE = LegalCaseFile.received(CASE, DUE);
    private static final LegalCaseRecorded RECORDED = new LegalCaseRecorded("c-1", RECEIVED_FILE);

    private FixtureConfiguration<LegalCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LegalCase.class);
        fixture.registerInjectableResource(DefenceClock.STATUTORY);
    }

    @Test
    void aCaseIsRecordedWithItsDefenceDueFifteenDaysAfterReceiptAndItsDeadlineAndReminderScheduled() {
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .when(new RecordLegalCase("c-1", new LegalCaseDetails(CaseKind.LITIGATION_FIRST_INSTANCE,
                        " (2024)渝0107行初123号 ", "重庆市九龙坡区人民法院 ", PlaintiffType.BUSINESS, " 不服科技项目验收结论",
                        false, false, RECEIVED)))
                .expectEvents(RECORDED)
                .expectScheduledDeadlineMatching(DEADLINE, deadline(LegalCase.DEFENCE_DUE, new DefenceDeadline("c-1", DUE)))
                .expectScheduledDeadlineMatching(REMINDER, deadline(LegalCase.DEFENCE_REMINDER, new DefenceDeadline("c-1", DUE)));
    }

    @Test
    void aReconsiderationsReplyIsDueTenDaysAfterReceipt() {
        LegalCaseDetails reconsideration = new LegalCaseDetails(CaseKind.RECONSIDERATION, "九龙坡府复〔2024〕5号",
                "重庆市九龙坡区人民政府", PlaintiffType.NATURAL_PERSON, "政府信息公开答复", true, false, RECEIVED);
        fixture.givenNoPriorActivity()
                .when(new RecordLegalCase("c-2", reconsideration))
                .expectEvents(new LegalCaseRecorded("c-2", LegalCaseFile.received(reconsideration, RECEIVED.plusDays(10))))
                .expectScheduledDeadlineMatching(Instant.parse("2024-06-13T16:00:00Z"),
                        deadline(LegalCase.DEFENCE_DUE, new DefenceDeadline("c-2", RECEIVED.plusDays(10))));
    }

    @Test
    void theReminderDaysAreConfigurable() {
        fixture = new AggregateTestFixture<>(LegalCase.class);
        fixture.registerInjectableResource(new DefenceClock(15, 10, 5));
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .when(new RecordLegalCase("c-1", CASE))
                .expectScheduledDeadlineMatching(Instant.parse("2024-06-12T16:00:00Z"), deadline(LegalCase.DEFENCE_REMINDER, new DefenceDeadline("c-1", DUE)));
    }

    @Test
    void aCaseRecordedAfterItsReminderDayGetsNoReminderButItsDeadline() {
        fixture.givenCurrentTime(DEADLINE.minus(Duration.ofDays(2)))
                .when(new RecordLegalCase("c-1", CASE))
                .expectScheduledDeadlineMatching(DEADLINE, deadline(LegalCase.DEFENCE_DUE, new DefenceDeadline("c-1", DUE)))
                .expectNoScheduledDeadlineMatching(Matchers.predicate(
                        m -> m.getDeadlineName().equals(LegalCase.DEFENCE_REMINDER)));
    }

    @Test
    void withoutADefenceTheDeadlinePassesAndTheCaseRecordsItsDefenceOverdue() {
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .andGivenCommands(new RecordLegalCase("c-1", CASE))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(LegalCase.DEFENCE_REMINDER, LegalCase.DEFENCE_DUE)
                .expectEvents(new DefenceReminderDue("c-1", DUE),
                        new DefenceDeadlinePassed("c-1", DUE, RECEIVED_FILE.withDefenceOverdue()));
    }

    @Test
    void beforeTheDeadlineOnlyTheReminderComes() {
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .andGivenCommands(new RecordLegalCase("c-1", CASE))
                .whenThenTimeAdvancesTo(DEADLINE.minusSeconds(1))
                .expectTriggeredDeadlinesWithName(LegalCase.DEFENCE_REMINDER)
                .expectEvents(new DefenceReminderDue("c-1", DUE));
    }

    @Test
    void aDefenceFiledInTimeStopsTheClock() {
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .andGivenCommands(new RecordLegalCase("c-1", CASE), new FileDefence("c-1", null, DUE))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aDefenceFiledInTimeIsNotOverdue() {
        fixture.given(RECORDED)
                .when(new FileDefence("c-1", 0L, DUE))
                .expectEvents(new DefenceFiled("c-1", DUE, RECEIVED_FILE.withDefence(DUE)));
        org.assertj.core.api.Assertions.assertThat(RECEIVED_FILE.withDefence(DUE).defenceOverdue()).isFalse();
    }

    @Test
    void aDefenceFiledAfterTheDueDayStillCountsAsOverdue() {
        LegalCaseFile overdue = RECEIVED_FILE.withDefenceOverdue();
        LegalCaseFile filedLate = overdue.withDefence(DUE.plusDays(2));
        org.assertj.core.api.Assertions.assertThat(filedLate.defenceOverdue()).isTrue();
        fixture.given(RECORDED, new DefenceDeadlinePassed("c-1", DUE, overdue))
                .when(new FileDefence("c-1", 1L, DUE.plusDays(2)))
                .expectEvents(new DefenceFiled("c-1", DUE.plusDays(2), filedLate));
    }

    @Test
    void aDefenceRecordedLateButDatedInTimeIsNotOverdue() {
        fixture.given(RECORDED, new DefenceDeadlinePassed("c-1", DUE, RECEIVED_FILE.withDefenceOverdue()))
                .when(new FileDefence("c-1", 1L, DUE.minusDays(3)))
                .expectEvents(new DefenceFiled("c-1", DUE.minusDays(3), RECEIVED_FILE.withDefence(DUE.minusDays(3))));
    }

    @Test
    void aDefenceDatedBeforeReceiptIsRefusedNamingFiledOn() {
        fixture.given(RECORDED)
                .when(new FileDefence("c-1", null, RECEIVED.minusDays(1)))
                .expectException(refusedOn("filedOn"))
                .expectNoEvents();
    }

    @Test
    void aSecondDefenceIsAConflict() {
        fixture.given(RECORDED, new DefenceFiled("c-1", DUE, RECEIVED_FILE.withDefence(DUE)))
                .when(new FileDefence("c-1", null, DUE))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aStepOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(RECORDED, new DefenceFiled("c-1", DUE, RECEIVED_FILE.withDefence(DUE)))
                .when(new RegisterCaseOnPlatform("c-1", 0L, DUE, "平台-1"))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aCaseIsRegisteredOnThePlatformAndItsRegistrationUpdatedKeepingTheFirstDate() {
        LegalCaseFile registered = RECEIVED_FILE.withPlatformRegistration(RECEIVED.plusDays(5), "应诉平台2024-001");
        fixture.given(RECORDED)
                .when(new RegisterCaseOnPlatform("c-1", 0L, RECEIVED.plusDays(5), " 应诉平台2024-001 "))
                .expectEvents(new CaseRegisteredOnPlatform("c-1", RECEIVED.plusDays(5), "应诉平台2024-001", registered));
        fixture.given(RECORDED, new CaseRegisteredOnPlatform("c-1", RECEIVED.plusDays(5), "应诉平台2024-001", registered))
                .when(new RegisterCaseOnPlatform("c-1", 1L, RECEIVED.plusDays(40), "应诉平台2024-001（已更新）"))
                .expectEvents(new CaseRegisteredOnPlatform("c-1", RECEIVED.plusDays(40), "应诉平台2024-001（已更新）",
                        RECEIVED_FILE.withPlatformRegistration(RECEIVED.plusDays(5), "应诉平台2024-001（已更新）")));
    }

    @Test
    void aPlatformRegistrationBeforeReceiptIsRefusedNamingRegisteredOn() {
        fixture.given(RECORDED)
                .when(new RegisterCaseOnPlatform("c-1", null, RECEIVED.minusDays(1), "应诉平台2024-001"))
                .expectException(refusedOn("registeredOn"))
                .expectNoEvents();
    }

    @Test
    void hearingsCountThePrincipalsAppearances() {
        LegalCaseFile one = RECEIVED_FILE.withHearing(LocalDate.of(2024, 8, 1), true);
        fixture.given(RECORDED, new HearingHeld("c-1", LocalDate.of(2024, 8, 1), true, one))
                .when(new RecordHearing("c-1", null, LocalDate.of(2024, 9, 1), false))
                .expectEvents(new HearingHeld("c-1", LocalDate.of(2024, 9, 1), false,
                        one.withHearing(LocalDate.of(2024, 9, 1), false)));
        org.assertj.core.api.Assertions.assertThat(one.withHearing(LocalDate.of(2024, 9, 1), false))
                .extracting(LegalCaseFile::hearings, LegalCaseFile::principalAppearances).containsExactly(2, 1);
    }

    @Test
    void aHearingBeforeReceiptOrAfterConclusionIsRefusedNamingHeldOn() {
        fixture.given(RECORDED)
                .when(new RecordHearing("c-1", null, RECEIVED.minusDays(1), true))
                .expectException(refusedOn("heldOn"))
                .expectNoEvents();
        LegalCaseFile concluded = RECEIVED_FILE.withConclusion(LocalDate.of(2024, 10, 1), CaseOutcome.UPHELD,
                OutcomeDetail.CLAIM_DISMISSED);
        fixture.given(RECORDED, new CaseConcluded("c-1", LocalDate.of(2024, 10, 1), CaseOutcome.UPHELD,
                        OutcomeDetail.CLAIM_DISMISSED, concluded))
                .when(new RecordHearing("c-1", null, LocalDate.of(2024, 10, 2), true))
                .expectException(refusedOn("heldOn"))
                .expectNoEvents();
    }

    @Test
    void aDefenceAfterConclusionIsRefusedNamingFiledOn() {
        LegalCaseFile concluded = RECEIVED_FILE.withConclusion(RECEIVED.plusDays(5), CaseOutcome.OTHER,
                OutcomeDetail.WITHDRAWN);
        fixture.given(RECORDED, new CaseConcluded("c-1", RECEIVED.plusDays(5), CaseOutcome.OTHER,
                        OutcomeDetail.WITHDRAWN, concluded))
                .when(new FileDefence("c-1", null, RECEIVED.plusDays(6)))
                .expectException(refusedOn("filedOn"))
                .expectNoEvents();
    }

    @Test
    void aCaseIsConcludedWithItsOutcome() {
        LocalDate on = LocalDate.of(2024, 12, 10);
        LegalCaseFile defended = RECEIVED_FILE.withDefence(RECEIVED.plusDays(7));
        fixture.given(RECORDED, new DefenceFiled("c-1", RECEIVED.plusDays(7), defended))
                .when(new ConcludeCase("c-1", 1L, on, CaseOutcome.CORRECTED, OutcomeDetail.DECISION_REVOKED))
                .expectEvents(new CaseConcluded("c-1", on, CaseOutcome.CORRECTED, OutcomeDetail.DECISION_REVOKED,
                        defended.withConclusion(on, CaseOutcome.CORRECTED, OutcomeDetail.DECISION_REVOKED)));
    }

    @Test
    void aCaseConcludedAfterItsDefenceDueDateWithoutADefenceHadItsDeadlinePassFirstWhateverTheClockDid() {
        LocalDate on = LocalDate.of(2024, 12, 10);
        LegalCaseFile overdue = RECEIVED_FILE.withDefenceOverdue();
        fixture.given(RECORDED)
                .when(new ConcludeCase("c-1", 0L, on, CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED))
                .expectEvents(new DefenceDeadlinePassed("c-1", DUE, overdue),
                        new CaseConcluded("c-1", on, CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED,
                                overdue.withConclusion(on, CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED)));
    }

    @Test
    void aConcludedCaseIsNotConcludedAgainAndItsDeadlineDoesNothing() {
        LocalDate on = RECEIVED.plusDays(3);
        LegalCaseFile concluded = RECEIVED_FILE.withConclusion(on, CaseOutcome.OTHER, OutcomeDetail.WITHDRAWN);
        CaseConcluded conclusion = new CaseConcluded("c-1", on, CaseOutcome.OTHER, OutcomeDetail.WITHDRAWN, concluded);
        fixture.given(RECORDED, conclusion)
                .when(new ConcludeCase("c-1", null, on.plusDays(1), CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .andGivenCommands(new RecordLegalCase("c-1", CASE),
                        new ConcludeCase("c-1", null, on, CaseOutcome.OTHER, OutcomeDetail.WITHDRAWN))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aConclusionBeforeReceiptOrBeforeTheLastHearingIsRefusedNamingConcludedOn() {
        fixture.given(RECORDED)
                .when(new ConcludeCase("c-1", null, RECEIVED.minusDays(1), CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED))
                .expectException(refusedOn("concludedOn"))
                .expectNoEvents();
        LocalDate hearing = LocalDate.of(2024, 8, 1);
        fixture.given(RECORDED, new HearingHeld("c-1", hearing, true, RECEIVED_FILE.withHearing(hearing, true)))
                .when(new ConcludeCase("c-1", null, hearing.minusDays(1), CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED))
                .expectException(refusedOn("concludedOn"))
                .expectNoEvents();
    }

    @Test
    void anOutcomeDetailThatIsNotThatOutcomeIsRefusedNamingDetail() {
        fixture.given(RECORDED)
                .when(new ConcludeCase("c-1", null, LocalDate.of(2024, 12, 1), CaseOutcome.UPHELD,
                        OutcomeDetail.DECISION_REVOKED))
                .expectException(refusedOn("detail"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionKeepsTheLifecycleAndMovesTheDefenceClockWithTheReceiptDate() {
        LegalCaseFile registered = RECEIVED_FILE.withPlatformRegistration(RECEIVED.plusDays(5), "应诉平台2024-001");
        LegalCaseDetails receivedEarlier = new LegalCaseDetails(CaseKind.LITIGATION_FIRST_INSTANCE,
                "(2024)渝0107行初123号", "重庆市九龙坡区人民法院", PlaintiffType.BUSINESS, "不服科技项目验收结论",
                false, false, RECEIVED.minusDays(1));
        fixture.given(RECORDED, new CaseRegisteredOnPlatform("c-1", RECEIVED.plusDays(5), "应诉平台2024-001", registered))
                .when(new CorrectLegalCase("c-1", 1L, "签收日期登记有误", receivedEarlier))
                .expectEvents(new LegalCaseCorrected("c-1", "签收日期登记有误",
                        registered.corrected(receivedEarlier, DUE.minusDays(1), false)))
                .expectScheduledDeadlineMatching(DEADLINE.minus(Duration.ofDays(1)),
                        deadline(LegalCase.DEFENCE_DUE, new DefenceDeadline("c-1", DUE.minusDays(1))));
    }

    @Test
    void theOldDeadlineOfACorrectedReceiptDateDoesNothing() {
        LegalCaseDetails receivedLater = new LegalCaseDetails(CaseKind.LITIGATION_FIRST_INSTANCE,
                "(2024)渝0107行初123号", "重庆市九龙坡区人民法院", PlaintiffType.BUSINESS, "不服科技项目验收结论",
                false, false, RECEIVED.plusDays(10));
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .andGivenCommands(new RecordLegalCase("c-1", CASE), new CorrectLegalCase("c-1", 0L, "签收日期", receivedLater))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(LegalCase.DEFENCE_REMINDER, LegalCase.DEFENCE_DUE)
                .expectNoEvents();
    }

    @Test
    void aCorrectionDatingTheReceiptAfterARecordedStepIsRefusedNamingComplaintReceivedOn() {
        LegalCaseFile filed = RECEIVED_FILE.withDefence(RECEIVED.plusDays(2));
        LegalCaseDetails receivedLater = new LegalCaseDetails(CaseKind.LITIGATION_FIRST_INSTANCE,
                "(2024)渝0107行初123号", "重庆市九龙坡区人民法院", PlaintiffType.BUSINESS, "不服科技项目验收结论",
                false, false, RECEIVED.plusDays(3));
        fixture.given(RECORDED, new DefenceFiled("c-1", RECEIVED.plusDays(2), filed))
                .when(new CorrectLegalCase("c-1", 1L, "签收日期", receivedLater))
                .expectException(refusedOn("complaintReceivedOn"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnCaseTakesNoStepCorrectionOrSecondWithdrawal() {
        RecordWithdrawn withdrawn = new RecordWithdrawn("c-1", "legal.case", "重复录入");
        fixture.given(RECORDED)
                .when(new WithdrawLegalCase("c-1", 0L, "重复录入"))
                .expectEvents(withdrawn);
        for (Object command : new Object[] {new FileDefence("c-1", null, DUE), new WithdrawLegalCase("c-1", 1L, "再撤"),
                new CorrectLegalCase("c-1", 1L, "改", CASE), new RecordHearing("c-1", null, DUE, true)}) {
            fixture.given(RECORDED, withdrawn)
                    .when(command)
                    .expectException(RecordConflictException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void theDeadlineOfAWithdrawnCaseDoesNothing() {
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .andGivenCommands(new RecordLegalCase("c-1", CASE), new WithdrawLegalCase("c-1", 0L, "重复录入"))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aConcludedFirstInstanceCaseIsAppealedOnceNotBeforeItsConclusion() {
        LocalDate on = LocalDate.of(2024, 11, 1);
        LegalCaseFile concluded = RECEIVED_FILE.withConclusion(on, CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED);
        CaseConcluded conclusion = new CaseConcluded("c-1", on, CaseOutcome.UPHELD, OutcomeDetail.CLAIM_DISMISSED, concluded);
        fixture.given(RECORDED, conclusion)
                .when(new AppealCase("c-1", 1L, on.plusDays(10), "c-2"))
                .expectEvents(new CaseAppealed("c-1", on.plusDays(10), "c-2", concluded.withAppeal(on.plusDays(10), "c-2")));
        fixture.given(RECORDED, conclusion)
                .when(new AppealCase("c-1", null, on.minusDays(1), "c-2"))
                .expectException(refusedOn("appealedOn"))
                .expectNoEvents();
        fixture.given(RECORDED, conclusion, new CaseAppealed("c-1", on.plusDays(10), "c-2",
                        concluded.withAppeal(on.plusDays(10), "c-2")))
                .when(new AppealCase("c-1", null, on.plusDays(11), "c-3"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aCaseNotYetConcludedIsNotAppealed() {
        fixture.given(RECORDED)
                .when(new AppealCase("c-1", null, RECEIVED.plusDays(30), "c-2"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    private static Matcher<DeadlineMessage<?>> deadline(String name, DefenceDeadline payload) {
        return Matchers.predicate(m -> m.getDeadlineName().equals(name) && m.getPayload().equals(payload));
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
