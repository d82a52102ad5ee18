package ruleoflaw.ledger.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.problem.RecordConflictException;
import ruleoflaw.ledger.reporting.document.Narrative;
import ruleoflaw.ledger.reporting.document.Section;

class AnnualReportTest {

    static final String ID = "rule-of-law-2024";
    static final String MEASURES = "一是深入学习贯彻习近平法治思想，全年开展集中学习10余次。";
    static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 3, 28);
    static final Map<String, Number> FIGURES = Map.of("study.sessions.total", 12, "legal.litigation.cases", 1);
    static final String DUTIES = "局主要负责人认真履行推进法治建设第一责任人职责。";
    static final String SHORTCOMINGS = "一是普法宣传方式单一。";
    static final String NEXT_YEAR = "持续深化法治建设。";

    FixtureConfiguration<AnnualReport> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(AnnualReport.class);
    }

    @Test
    void theFirstEditStartsTheReportAsADraft() {
        fixture.givenNoPriorActivity()
                .when(edit(Section.MEASURES, "  " + MEASURES + "\n"))
                .expectEvents(new ReportStarted(ID, Kind.RULE_OF_LAW, 2024, 1),
                        new NarrativeEdited(ID, 1, Section.MEASURES, MEASURES, "办公室主任"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES))
                .when(edit(Section.MEASURES, MEASURES))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void anEditOfAReportChangedSinceItWasReadIsRefused() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES), edited(Section.OTHER, "无"))
                .when(new EditNarrative(ID, 1L, Kind.RULE_OF_LAW, 2024, Section.MEASURES, "改", "办公室主任"))
                .expectException(ConflictingAggregateVersionException.class);
        fixture.given(started(), edited(Section.MEASURES, MEASURES), submitted())
                .when(new ReturnReport(ID, 1L, "请补充", "局长"))
                .expectException(ConflictingAggregateVersionException.class);
        fixture.given(started(), edited(Section.MEASURES, MEASURES))
                .when(new EditNarrative(ID, 1L, Kind.RULE_OF_LAW, 2024, Section.MEASURES, "改", "办公室主任"))
                .expectEvents(new NarrativeEdited(ID, 1, Section.MEASURES, "改", "办公室主任"));
    }

    @Test
    void anEmptyTextClearsASection() {
        fixture.given(started(), edited(Section.OTHER, "无"))
                .when(edit(Section.OTHER, " "))
                .expectEvents(new NarrativeEdited(ID, 1, Section.OTHER, "", "办公室主任"));
    }

    @Test
    void anOverlongSectionIsRefusedNamingTheText() {
        fixture.given(started())
                .when(edit(Section.MEASURES, "法".repeat(AnnualReport.MAX_SECTION_LENGTH + 1)))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aDraftWithNarrativeIsSubmitted() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES))
                .when(new SubmitReport(ID, null, "办公室主任"))
                .expectEvents(new ReportSubmitted(ID, 1, "办公室主任"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aDraftWithoutNarrativeIsNotSubmitted() {
        fixture.given(started(), edited(Section.MEASURES, ""))
                .when(new SubmitReport(ID, null, "办公室主任"))
                .expectException(RecordConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("no narrative"));
    }

    @Test
    void aSubmittedReportIsNotEditedUntilTheApproverReturnsIt() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES), submitted())
                .when(edit(Section.MEASURES, "改"))
                .expectException(RecordConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("submitted"));

        fixture.given(started(), edited(Section.MEASURES, MEASURES), submitted())
                .when(new ReturnReport(ID, null, "请补充旁听庭审情况", "局长"))
                .expectEvents(new ReportReturned(ID, 1, "请补充旁听庭审情况", "局长"));

        fixture.given(started(), edited(Section.MEASURES, MEASURES), submitted(), returned())
                .when(edit(Section.MEASURES, MEASURES + "组织旁听庭审1次。"))
                .expectEvents(new NarrativeEdited(ID, 1, Section.MEASURES, MEASURES + "组织旁听庭审1次。", "办公室主任"));
    }

    @Test
    void aReturnNeedsAReasonAndASubmission() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES), submitted())
                .when(new ReturnReport(ID, null, " ", "局长"))
                .expectException(InvalidFieldException.class);
        fixture.given(started(), edited(Section.MEASURES, MEASURES))
                .when(new ReturnReport(ID, null, "理由", "局长"))
                .expectException(RecordConflictException.class);
    }

    @Test
    void onlyASubmittedReportIsApprovedAndOnlyAnApprovedOneIsPublished() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES))
                .when(new ApproveReport(ID, null, "局长"))
                .expectException(RecordConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("still a draft"));
        fixture.given(started(), edited(Section.MEASURES, MEASURES), submitted())
                .when(new PublishReport(ID, null, PUBLISHED_ON, "局长", FIGURES))
                .expectException(RecordConflictException.class);
        fixture.given(started(), edited(Section.MEASURES, MEASURES), submitted())
                .when(new ApproveReport(ID, null, "局长"))
                .expectEvents(new ReportApproved(ID, 1, "局长"));
    }

    @Test
    void publishingFreezesTheFiguresAndTheNarrative() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES), edited(Section.PRINCIPAL_DUTIES, DUTIES),
                        edited(Section.SHORTCOMINGS, SHORTCOMINGS), edited(Section.NEXT_YEAR, NEXT_YEAR), submitted(),
                        approved())
                .when(new PublishReport(ID, null, PUBLISHED_ON, "局长", FIGURES))
                .expectEvents(new ReportPublished(ID, Kind.RULE_OF_LAW, 2024, 1, PUBLISHED_ON, "局长", FIGURES,
                        new Narrative(written()), null, List.of(), List.of()))
                .expectResultMessagePayload(7L);
    }

    @Test
    void aReportWithAnEmptyRequiredSectionIsNotPublishedAndTheRefusalNamesIt() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES), edited(Section.PRINCIPAL_DUTIES, DUTIES),
                        edited(Section.NEXT_YEAR, NEXT_YEAR), submitted(), approved())
                .when(new PublishReport(ID, null, PUBLISHED_ON, "局长", FIGURES))
                .expectException(RecordConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("the section SHORTCOMINGS (存在的不足和原因) is empty"),
                        org.hamcrest.Matchers.containsString("“存在的不足和原因”部分尚未撰写，不能发布")))
                .expectNoEvents();
    }

    @Test
    void aPartItsFiguresFillNeedsNoWordsButTheDisclosureReportsProblemsDo() {
        Map<String, Number> meetings = Map.of("governance.meetings.partyGroup", 24);
        fixture.given(started(), edited(Section.SHORTCOMINGS, SHORTCOMINGS), edited(Section.NEXT_YEAR, NEXT_YEAR),
                        edited(Section.MEASURES, MEASURES), submitted(), approved())
                .when(new PublishReport(ID, null, PUBLISHED_ON, "局长", meetings))
                .expectSuccessfulHandlerExecution();
        fixture.given(started(), edited(Section.SHORTCOMINGS, SHORTCOMINGS), edited(Section.NEXT_YEAR, NEXT_YEAR),
                        edited(Section.MEASURES, MEASURES), submitted(), approved())
                .when(new PublishReport(ID, null, PUBLISHED_ON, "局长", FIGURES))
                .expectException(RecordConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("PRINCIPAL_DUTIES"));
    }

    @Test
    void theDisclosureReportIsNotPublishedWithoutItsImprovements() {
        String disclosure = Kind.DISCLOSURE.reportId(2024);
        fixture.given(new ReportStarted(disclosure, Kind.DISCLOSURE, 2024, 1),
                        new NarrativeEdited(disclosure, 1, Section.SHORTCOMINGS, SHORTCOMINGS, "公开专员"),
                        new ReportSubmitted(disclosure, 1, "公开专员"), new ReportApproved(disclosure, 1, "局长"))
                .when(new PublishReport(disclosure, null, LocalDate.of(2025, 1, 20), "局长", FIGURES))
                .expectException(RecordConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("the section NEXT_YEAR"));
    }

    @Test
    void aReportIsNotPublishedBeforeItsYearIsOver() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES), submitted(), approved())
                .when(new PublishReport(ID, null, LocalDate.of(2024, 12, 31), "局长", FIGURES))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aPublishedReportIsNotEditedReturnedOrPublishedAgain() {
        fixture.given(publishedHistory())
                .when(edit(Section.MEASURES, "改"))
                .expectException(RecordConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("already published; start a revision"));
        fixture.given(publishedHistory())
                .when(new ReturnReport(ID, null, "理由", "局长"))
                .expectException(RecordConflictException.class);
        fixture.given(publishedHistory())
                .when(new PublishReport(ID, null, PUBLISHED_ON, "局长", FIGURES))
                .expectException(RecordConflictException.class);
    }

    @Test
    void aRevisionListsTheFiguresThatChangedSincePublication() {
        Map<String, Number> now = Map.of("study.sessions.total", 13, "legal.litigation.cases", 1.0);
        fixture.given(publishedHistory())
                .when(new StartRevision(ID, null, "更正学习次数", "办公室主任", now))
                .expectEvents(new RevisionStarted(ID, 2, "更正学习次数", "办公室主任",
                        List.of(new FigureChange("study.sessions.total", 12, 13))));
    }

    @Test
    void aRevisionIsStartedOnlyFromAPublishedReportAndWithAReason() {
        fixture.given(started(), edited(Section.MEASURES, MEASURES))
                .when(new StartRevision(ID, null, "理由", "办公室主任", FIGURES))
                .expectException(RecordConflictException.class);
        fixture.given(publishedHistory())
                .when(new StartRevision(ID, null, "", "办公室主任", FIGURES))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aRevisionIsEditedAndRepublishedSayingWhatChanged() {
        Map<String, Number> corrected = Map.of("study.sessions.total", 13, "legal.litigation.cases", 1);
        List<Object> history = new java.util.ArrayList<>(publishedHistory());
        history.add(new RevisionStarted(ID, 2, "更正学习次数", "办公室主任",
                List.of(new FigureChange("study.sessions.total", 12, 13))));
        history.add(new NarrativeEdited(ID, 2, Section.MEASURES, MEASURES + "（已更正）", "办公室主任"));
        history.add(new ReportSubmitted(ID, 2, "办公室主任"));
        history.add(new ReportApproved(ID, 2, "局长"));
        LocalDate republishedOn = LocalDate.of(2025, 5, 6);

        fixture.given(history)
                .when(new PublishReport(ID, null, republishedOn, "局长", corrected))
                .expectEvents(new ReportPublished(ID, Kind.RULE_OF_LAW, 2024, 2, republishedOn, "局长", corrected,
                        new Narrative(Map.of(Section.MEASURES, MEASURES + "（已更正）", Section.PRINCIPAL_DUTIES, DUTIES,
                                Section.SHORTCOMINGS, SHORTCOMINGS, Section.NEXT_YEAR, NEXT_YEAR)), "更正学习次数",
                        List.of(new FigureChange("study.sessions.total", 12, 13)), List.of(Section.MEASURES)));

        fixture.given(history)
                .when(new PublishReport(ID, null, LocalDate.of(2025, 3, 1), "局长", corrected))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void figuresCompareAsNumbers() {
        assertThat(FigureChange.between(Map.of("a", 1, "b", 95.2), Map.of("a", 1L, "b", 95.20))).isEmpty();
        assertThat(FigureChange.between(Map.of("a", 1), Map.of("a", 1, "c", 2)))
                .containsExactly(new FigureChange("c", null, 2));
    }

    private static List<Object> publishedHistory() {
        return List.of(started(), edited(Section.MEASURES, MEASURES), edited(Section.PRINCIPAL_DUTIES, DUTIES),
                edited(Section.SHORTCOMINGS, SHORTCOMINGS), edited(Section.NEXT_YEAR, NEXT_YEAR), submitted(), approved(),
                new ReportPublished(ID, Kind.RULE_OF_LAW, 2024, 1, PUBLISHED_ON, "局长", FIGURES,
                        new Narrative(written()), null, List.of(), List.of()));
    }

    /** Every section a rule-of-law report is published with, when its figures fill none. */
    private static Map<Section, String> written() {
        return Map.of(Section.MEASURES, MEASURES, Section.PRINCIPAL_DUTIES, DUTIES, Section.SHORTCOMINGS, SHORTCOMINGS,
                Section.NEXT_YEAR, NEXT_YEAR);
    }

    private static EditNarrative edit(Section section, String text) {
        return new EditNarrative(ID, null, Kind.RULE_OF_LAW, 2024, section, text, "办公室主任");
    }

    private static ReportStarted started() {
        return new ReportStarted(ID, Kind.RULE_OF_LAW, 2024, 1);
    }

    private static NarrativeEdited edited(Section section, String text) {
        return new NarrativeEdited(ID, 1, section, text, "办公室主任");
    }

    private static ReportSubmitted submitted() {
        return new ReportSubmitted(ID, 1, "办公室主任");
    }

    private static ReportReturned returned() {
        return new ReportReturned(ID, 1, "请补充", "局长");
    }

    private static ReportApproved approved() {
        return new ReportApproved(ID, 1, "局长");
    }
}
