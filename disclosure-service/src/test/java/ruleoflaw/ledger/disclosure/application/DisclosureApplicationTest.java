package ruleoflaw.ledger.disclosure.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.calendar.WorkingDays.DueDay;
import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.contracts.disclosure.AnswerDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.ApplicantType;
import ruleoflaw.ledger.contracts.disclosure.ApplicationCorrectionReceived;
import ruleoflaw.ledger.contracts.disclosure.ApplicationCorrectionRequested;
import ruleoflaw.ledger.contracts.disclosure.ApplicationDeadlinePassed;
import ruleoflaw.ledger.contracts.disclosure.ApplicationDueDayRecounted;
import ruleoflaw.ledger.contracts.disclosure.ApplicationExtensionApproved;
import ruleoflaw.ledger.contracts.disclosure.ApplicationOutcome;
import ruleoflaw.ledger.contracts.disclosure.ApplicationSubReason;
import ruleoflaw.ledger.contracts.disclosure.ApproveApplicationExtension;
import ruleoflaw.ledger.contracts.disclosure.CorrectDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationAnswered;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationCorrected;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationFile;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationRecorded;
import ruleoflaw.ledger.contracts.disclosure.ReceiveApplicationCorrection;
import ruleoflaw.ledger.contracts.disclosure.RecordDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.RecountApplicationDueDay;
import ruleoflaw.ledger.contracts.disclosure.RequestApplicationCorrection;
import ruleoflaw.ledger.contracts.disclosure.WithdrawDisclosureApplication;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class DisclosureApplicationTest {

    /** Monday 3 June 2024; 端午 (10 June) in the following 20 working days. */
    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);
    private static final LocalDate DUE = LocalDate.of(2024, 7, 2);
    /** The end of 2 July 2024 in China Standard Time. */
    private static final Instant DEADLINE = Instant.parse("2024-07-02T16:00:00Z");
    private static final DisclosureApplicationDetails APPLICATION = new DisclosureApplicationDetails(RECEIVED,
            ApplicantType.NATURAL_PERSON, "申请公开2024年科技创新券发放名单");
    private static final DisclosureApplicationFile RECEIVED_FILE = DisclosureApplicationFile.received(APPLICATION, official(DUE));
    private static final DisclosureApplicationRecorded RECORDED = new DisclosureApplicationRecorded("a-1", RECEIVED_FILE);
    private static final LocalDate ASKED = LocalDate.of(2024, 6, 12);
    /** Friday 14 June: the clock stood still on 13 and 14 June, two working days. */
    private static final LocalDate SUPPLIED = LocalDate.of(2024, 6, 14);
    /** Monday 7 December 2026: 20 working days later is in 2027, whose arrangement the bundled calendar lacks. */
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 7);
    private static final LocalDate PROVISIONAL_DUE = LocalDate.of(2027, 1, 5);

    private FixtureConfiguration<DisclosureApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DisclosureApplication.class);
        fixture.registerInjectableResource(WorkingDays.china());
    }

    @Test
    void theAnswerIsDueTwentyWorkingDaysAfterReceipt() {
        assertThat(WorkingDays.china().plusWorkingDays(RECEIVED, 20)).isEqualTo(DUE);
    }

    @Test
    void anApplicationIsRecordedWithItsDueDayAndItsDeadlineScheduled() {
        fixture.givenNoPriorActivity()
                .when(new RecordDisclosureApplication("a-1", new DisclosureApplicationDetails(RECEIVED,
                        ApplicantType.NATURAL_PERSON, " 申请公开2024年科技创新券发放名单 ")))
                .expectEvents(RECORDED)
                .expectScheduledDeadlineMatching(DEADLINE, due(DUE));
    }

    @Test
    void aCorrectionAskedOfTheApplicantStopsTheClock() {
        fixture.givenCommands(new RecordDisclosureApplication("a-1", APPLICATION))
                .when(new RequestApplicationCorrection("a-1", null, ASKED))
                .expectEvents(new ApplicationCorrectionRequested("a-1", ASKED, RECEIVED_FILE.withCorrectionRequested(ASKED)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theCorrectionReceivedRestartsTheClockAndMovesTheDueDayByTheWorkingDaysPaused() {
        LocalDate due = LocalDate.of(2024, 7, 4);
        fixture.givenCommands(new RecordDisclosureApplication("a-1", APPLICATION),
                        new RequestApplicationCorrection("a-1", null, ASKED))
                .when(new ReceiveApplicationCorrection("a-1", null, SUPPLIED))
                .expectEvents(new ApplicationCorrectionReceived("a-1", SUPPLIED, 2,
                        RECEIVED_FILE.withCorrectionRequested(ASKED).withCorrectionReceived(2, official(due))))
                .expectScheduledDeadlineMatching(DisclosureApplication.deadline(due), due(due))
                .expectNoScheduledDeadlineMatching(Matchers.predicate(m -> m.getPayload().equals(new ApplicationDeadline("a-1", DUE))));
    }

    @Test
    void aCorrectionReceivedBeforeItWasAskedForIsRefused() {
        fixture.given(RECORDED, new ApplicationCorrectionRequested("a-1", ASKED, RECEIVED_FILE.withCorrectionRequested(ASKED)))
                .when(new ReceiveApplicationCorrection("a-1", null, ASKED.minusDays(1)))
                .expectException(refusedOn("receivedOn"));
    }

    @Test
    void aCorrectionReceivedWhenNoneWasAskedForOrAskedForTwiceIsAConflict() {
        fixture.given(RECORDED)
                .when(new ReceiveApplicationCorrection("a-1", null, SUPPLIED))
                .expectException(RecordConflictException.class);
        fixture.given(RECORDED, new ApplicationCorrectionRequested("a-1", ASKED, RECEIVED_FILE.withCorrectionRequested(ASKED)))
                .when(new RequestApplicationCorrection("a-1", null, ASKED.plusDays(1)))
                .expectException(RecordConflictException.class);
    }

    @Test
    void aCorrectionAskedBeforeReceiptOrAfterTheDueDayIsRefused() {
        fixture.given(RECORDED)
                .when(new RequestApplicationCorrection("a-1", null, RECEIVED.minusDays(1)))
                .expectException(refusedOn("requestedOn"));
        fixture.given(RECORDED)
                .when(new RequestApplicationCorrection("a-1", null, DUE.plusDays(1)))
                .expectException(refusedOn("requestedOn"));
    }

    @Test
    void anExtensionMovesTheDueDayAndReschedulesTheDeadline() {
        LocalDate approved = LocalDate.of(2024, 6, 20);
        LocalDate due = WorkingDays.china().plusWorkingDays(RECEIVED, 30);
        assertThat(due).isEqualTo(LocalDate.of(2024, 7, 16));
        fixture.givenCommands(new RecordDisclosureApplication("a-1", APPLICATION))
                .when(new ApproveApplicationExtension("a-1", null, approved, 10))
                .expectEvents(new ApplicationExtensionApproved("a-1", approved, 10, RECEIVED_FILE.withExtension(approved, 10, official(due))))
                .expectScheduledDeadlineMatching(DisclosureApplication.deadline(due), due(due))
                .expectNoScheduledDeadlineMatching(Matchers.predicate(m -> m.getPayload().equals(new ApplicationDeadline("a-1", DUE))));
    }

    @Test
    void theExtensionAndThePauseAddUp() {
        LocalDate approved = LocalDate.of(2024, 6, 20);
        LocalDate due = WorkingDays.china().plusWorkingDays(RECEIVED, 20 + 2 + 5);
        fixture.givenCommands(new RecordDisclosureApplication("a-1", APPLICATION),
                        new RequestApplicationCorrection("a-1", null, ASKED),
                        new ReceiveApplicationCorrection("a-1", null, SUPPLIED))
                .when(new ApproveApplicationExtension("a-1", null, approved, 5))
                .expectScheduledDeadlineMatching(DisclosureApplication.deadline(due), due(due));
    }

    @Test
    void anApplicationIsExtendedOnceAndByAtMostTwentyWorkingDays() {
        LocalDate approved = LocalDate.of(2024, 6, 20);
        DisclosureApplicationFile extended = RECEIVED_FILE.withExtension(approved, 10,
                official(WorkingDays.china().plusWorkingDays(RECEIVED, 30)));
        fixture.given(RECORDED, new ApplicationExtensionApproved("a-1", approved, 10, extended))
                .when(new ApproveApplicationExtension("a-1", null, approved.plusDays(1), 5))
                .expectException(RecordConflictException.class);
        fixture.given(RECORDED)
                .when(new ApproveApplicationExtension("a-1", null, approved, 21))
                .expectException(refusedOn("workingDays"));
        fixture.given(RECORDED)
                .when(new ApproveApplicationExtension("a-1", null, RECEIVED.minusDays(1), 10))
                .expectException(refusedOn("approvedOn"));
        fixture.given(RECORDED)
                .when(new ApproveApplicationExtension("a-1", null, DUE.plusDays(1), 10))
                .expectException(refusedOn("approvedOn"));
    }

    @Test
    void anAnswerInTimeIsNotLateAndCancelsTheDeadline() {
        LocalDate answered = LocalDate.of(2024, 6, 28);
        fixture.givenCommands(new RecordDisclosureApplication("a-1", APPLICATION))
                .when(new AnswerDisclosureApplication("a-1", null, answered, ApplicationOutcome.DISCLOSED, null))
                .expectEvents(new DisclosureApplicationAnswered("a-1", answered, ApplicationOutcome.DISCLOSED, null,
                        RECEIVED_FILE.withAnswer(answered, ApplicationOutcome.DISCLOSED, null)))
                .expectNoScheduledDeadlines();
        assertThat(RECEIVED_FILE.withAnswer(DUE, ApplicationOutcome.DISCLOSED, null).answeredLate()).isFalse();
    }

    @Test
    void anAnswerAfterTheDueDayIsLateWhetherOrNotTheDeadlineFiredFirst() {
        LocalDate answered = DUE.plusDays(1);
        DisclosureApplicationFile passed = RECEIVED_FILE.withDeadlinePassed();
        DisclosureApplicationFile late = passed.withAnswer(answered, ApplicationOutcome.NOT_DISCLOSED,
                ApplicationSubReason.STATE_SECRET);
        assertThat(late.answeredLate()).isTrue();
        fixture.given(RECORDED, new ApplicationDeadlinePassed("a-1", DUE, passed))
                .when(new AnswerDisclosureApplication("a-1", null, answered, ApplicationOutcome.NOT_DISCLOSED,
                        ApplicationSubReason.STATE_SECRET))
                .expectEvents(new DisclosureApplicationAnswered("a-1", answered, ApplicationOutcome.NOT_DISCLOSED,
                        ApplicationSubReason.STATE_SECRET, late));
        fixture.given(RECORDED)
                .when(new AnswerDisclosureApplication("a-1", null, answered, ApplicationOutcome.DISCLOSED, null))
                .expectEvents(new DisclosureApplicationAnswered("a-1", answered, ApplicationOutcome.DISCLOSED, null,
                        RECEIVED_FILE.withAnswer(answered, ApplicationOutcome.DISCLOSED, null)));
    }

    @Test
    void withoutAnAnswerTheDeadlinePassesAndTheApplicationRecordsIt() {
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .andGivenCommands(new RecordDisclosureApplication("a-1", APPLICATION))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(DisclosureApplication.ANSWER_DUE)
                .expectEvents(new ApplicationDeadlinePassed("a-1", DUE, RECEIVED_FILE.withDeadlinePassed()));
    }

    @Test
    void anAnswerBeforeTheDeadlineMeetsItAndNothingFires() {
        fixture.givenCurrentTime(RECEIVED.atStartOfDay(ChinaTime.ZONE).toInstant())
                .andGivenCommands(new RecordDisclosureApplication("a-1", APPLICATION),
                        new AnswerDisclosureApplication("a-1", null, DUE, ApplicationOutcome.PARTLY_DISCLOSED, null))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aStaleDeadlineDoesNothing() {
        fixture.given(RECORDED, new ApplicationCorrectionRequested("a-1", ASKED, RECEIVED_FILE.withCorrectionRequested(ASKED)))
                .whenThenTimeAdvancesTo(DEADLINE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anOutcomeWithASubReasonNotItsOwnIsRefusedNamingSubReason() {
        fixture.given(RECORDED)
                .when(new AnswerDisclosureApplication("a-1", null, DUE, ApplicationOutcome.NOT_DISCLOSED, null))
                .expectException(refusedOn("subReason"));
        fixture.given(RECORDED)
                .when(new AnswerDisclosureApplication("a-1", null, DUE, ApplicationOutcome.CANNOT_PROVIDE,
                        ApplicationSubReason.STATE_SECRET))
                .expectException(refusedOn("subReason"));
        fixture.given(RECORDED)
                .when(new AnswerDisclosureApplication("a-1", null, DUE, ApplicationOutcome.DISCLOSED,
                        ApplicationSubReason.NOT_HELD))
                .expectException(refusedOn("subReason"));
    }

    @Test
    void everySubReasonBelongsToOneOutcomeWithSubRows() {
        assertThat(ApplicationSubReason.values()).hasSize(8 + 3 + 5 + 3);
        for (ApplicationSubReason reason : ApplicationSubReason.values()) {
            assertThat(ApplicationSubReason.consistent(reason.outcome(), reason)).isTrue();
        }
        assertThat(java.util.Arrays.stream(ApplicationSubReason.values())
                .filter(r -> r.outcome() == ApplicationOutcome.NOT_DISCLOSED)).hasSize(8);
        assertThat(java.util.Arrays.stream(ApplicationSubReason.values())
                .filter(r -> r.outcome() == ApplicationOutcome.CANNOT_PROVIDE)).hasSize(3);
        assertThat(java.util.Arrays.stream(ApplicationSubReason.values())
                .filter(r -> r.outcome() == ApplicationOutcome.NOT_HANDLED)).hasSize(5);
    }

    @Test
    void anAnswerBeforeReceiptIsRefusedNamingAnsweredOn() {
        fixture.given(RECORDED)
                .when(new AnswerDisclosureApplication("a-1", null, RECEIVED.minusDays(1), ApplicationOutcome.DISCLOSED, null))
                .expectException(refusedOn("answeredOn"))
                .expectNoEvents();
    }

    @Test
    void noStepComesAfterTheAnswer() {
        DisclosureApplicationFile answered = RECEIVED_FILE.withAnswer(DUE, ApplicationOutcome.DISCLOSED, null);
        DisclosureApplicationAnswered answer = new DisclosureApplicationAnswered("a-1", DUE, ApplicationOutcome.DISCLOSED,
                null, answered);
        fixture.given(RECORDED, answer)
                .when(new AnswerDisclosureApplication("a-1", null, DUE, ApplicationOutcome.DISCLOSED, null))
                .expectException(RecordConflictException.class);
        fixture.given(RECORDED, answer)
                .when(new RequestApplicationCorrection("a-1", null, ASKED))
                .expectException(RecordConflictException.class);
        fixture.given(RECORDED, answer)
                .when(new ApproveApplicationExtension("a-1", null, ASKED, 5))
                .expectException(RecordConflictException.class);
    }

    @Test
    void aCorrectedReceiptDateMovesTheDueDayAndReschedules() {
        LocalDate received = RECEIVED.plusDays(1);
        LocalDate due = WorkingDays.china().plusWorkingDays(received, 20);
        DisclosureApplicationDetails corrected = new DisclosureApplicationDetails(received,
                ApplicantType.COMMERCIAL_ENTERPRISE, APPLICATION.requestSummary());
        fixture.givenCommands(new RecordDisclosureApplication("a-1", APPLICATION))
                .when(new CorrectDisclosureApplication("a-1", null, "收到日期录错", corrected))
                .expectEvents(new DisclosureApplicationCorrected("a-1", "收到日期录错",
                        RECEIVED_FILE.corrected(corrected, official(due), false)))
                .expectScheduledDeadlineMatching(DisclosureApplication.deadline(due), due(due));
    }

    @Test
    void aWithdrawnApplicationIsNotChangedAndItsDeadlineIsCancelled() {
        fixture.givenCommands(new RecordDisclosureApplication("a-1", APPLICATION))
                .when(new WithdrawDisclosureApplication("a-1", null, "重复录入"))
                .expectEvents(new RecordWithdrawn("a-1", DisclosureApplicationDetails.TYPE, "重复录入"))
                .expectNoScheduledDeadlines();
        fixture.given(RECORDED, new RecordWithdrawn("a-1", DisclosureApplicationDetails.TYPE, "重复录入"))
                .when(new AnswerDisclosureApplication("a-1", null, DUE, ApplicationOutcome.DISCLOSED, null))
                .expectException(RecordConflictException.class);
    }

    @Test
    void anApplicationWhoseAnswerFallsDueInAYearWithoutANoticeIsRecordedWithAProvisionalDueDay() {
        DisclosureApplicationDetails december = new DisclosureApplicationDetails(DECEMBER, ApplicantType.NATURAL_PERSON,
                "申请公开2026年科技项目立项名单");
        fixture.givenNoPriorActivity()
                .when(new RecordDisclosureApplication("a-1", december))
                .expectEvents(new DisclosureApplicationRecorded("a-1",
                        DisclosureApplicationFile.received(december, new DueDay(PROVISIONAL_DUE, true))))
                .expectScheduledDeadlineMatching(DisclosureApplication.deadline(PROVISIONAL_DUE), due(PROVISIONAL_DUE));
    }

    @Test
    void onceTheYearsNoticeIsAddedTheDueDayIsRecountedAndTheDeadlineMoves(@TempDir Path added) throws IOException {
        FixtureConfiguration<DisclosureApplication> withNotice = new AggregateTestFixture<>(DisclosureApplication.class);
        withNotice.registerInjectableResource(WorkingDays.china(withNotice2027(added)));
        DisclosureApplicationFile received = decemberFile();
        LocalDate official = LocalDate.of(2027, 1, 6);
        withNotice.given(new DisclosureApplicationRecorded("a-1", received))
                .when(new RecountApplicationDueDay("a-1"))
                .expectEvents(new ApplicationDueDayRecounted("a-1", PROVISIONAL_DUE,
                        received.withDueDayRecounted(new DueDay(official, false))))
                .expectScheduledDeadlineMatching(DisclosureApplication.deadline(official), due(official))
                .expectNoScheduledDeadlineMatching(Matchers.predicate(m -> m.getPayload().equals(
                        new ApplicationDeadline("a-1", PROVISIONAL_DUE))));
    }

    @Test
    void aDeadlinePassedOnAProvisionalDayIsOpenAgainWhenTheRecountMovesTheDayLater(@TempDir Path added) throws IOException {
        FixtureConfiguration<DisclosureApplication> withNotice = new AggregateTestFixture<>(DisclosureApplication.class);
        withNotice.registerInjectableResource(WorkingDays.china(withNotice2027(added)));
        DisclosureApplicationFile passed = decemberFile().withDeadlinePassed();
        withNotice.given(new DisclosureApplicationRecorded("a-1", decemberFile()),
                        new ApplicationDeadlinePassed("a-1", PROVISIONAL_DUE, passed))
                .when(new RecountApplicationDueDay("a-1"))
                .expectEvents(new ApplicationDueDayRecounted("a-1", PROVISIONAL_DUE,
                        passed.withDueDayRecounted(new DueDay(LocalDate.of(2027, 1, 6), false))));
        assertThat(decemberFile().withDeadlinePassed().withDueDayRecounted(new DueDay(LocalDate.of(2027, 1, 6), false))
                .deadlinePassed()).as("the day moved later: the deadline has not passed").isFalse();
    }

    @Test
    void aRecountThatChangesNothingRecordsNothing() {
        fixture.given(new DisclosureApplicationRecorded("a-1", decemberFile()))
                .when(new RecountApplicationDueDay("a-1"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
        fixture.given(RECORDED)
                .when(new RecountApplicationDueDay("a-1"))
                .expectNoEvents();
    }

    private static DisclosureApplicationFile decemberFile() {
        return DisclosureApplicationFile.received(new DisclosureApplicationDetails(DECEMBER, ApplicantType.NATURAL_PERSON,
                "申请公开2026年科技项目立项名单"), new DueDay(PROVISIONAL_DUE, true));
    }

    /** A made-up arrangement of 2027 for the test: 1–4 January off. */
    private static Path withNotice2027(Path directory) throws IOException {
        Files.writeString(directory.resolve("2027.txt"), """
                notice 测试〔2026〕1号 2026-11-30 国务院办公厅关于2027年部分节假日安排的通知（测试）
                holiday 2027-01-01..2027-01-04 元旦
                """, StandardCharsets.UTF_8);
        return directory;
    }

    private static DueDay official(LocalDate day) {
        return new DueDay(day, false);
    }

    private static Matcher<DeadlineMessage<?>> due(LocalDate dueOn) {
        return Matchers.predicate(m -> m.getDeadlineName().equals(DisclosureApplication.ANSWER_DUE)
                && m.getPayload().equals(new ApplicationDeadline("a-1", dueOn)));
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
