package ruleoflaw.ledger.study.record;

import static ruleoflaw.ledger.contracts.study.IntegrityWorkKind.INTEGRITY_TALK;
import static ruleoflaw.ledger.contracts.study.MeetingKind.PARTY_GROUP;
import static ruleoflaw.ledger.contracts.study.StudySessionFormat.OFFLINE;
import static ruleoflaw.ledger.contracts.study.StudySessionKind.COLLECTIVE_STUDY;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.contracts.study.DecisionMeetingRecorded;
import ruleoflaw.ledger.contracts.study.HearingAttendanceDetails;
import ruleoflaw.ledger.contracts.study.HearingAttendanceRecorded;
import ruleoflaw.ledger.contracts.study.IntegrityWorkDetails;
import ruleoflaw.ledger.contracts.study.IntegrityWorkRecorded;
import ruleoflaw.ledger.contracts.study.LawExamDetails;
import ruleoflaw.ledger.contracts.study.LawExamRecorded;
import ruleoflaw.ledger.contracts.study.RequiredLawListDetails;
import ruleoflaw.ledger.contracts.study.RequiredLawListRecorded;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.SimpleRecordLifecycleContract;

class StudyRecordTest extends SimpleRecordLifecycleContract<StudyRecord> {

    StudyRecordTest() {
        super(StudyRecord.class, "study");
    }

    private static final LocalDate MARCH_12 = LocalDate.of(2024, 3, 12);

    @Override
    protected Stream<Example> examples() {
        var session = new StudySessionDetails(COLLECTIVE_STUDY, "学习《中华人民共和国宪法》", MARCH_12, "办公室", 20, 2.0,
                List.of("宪法精神"), List.of("中华人民共和国宪法"), OFFLINE);
        var exam = new LawExamDetails(LocalDate.of(2024, 11, 20), "年度法治理论知识考试", 20, 20, 20, 92.5);
        var hearing = new HearingAttendanceDetails(LocalDate.of(2024, 6, 18), "旁听行政诉讼案件庭审", "某市中级人民法院",
                "(2024)某01行初12号", 15, false);
        var meeting = new DecisionMeetingDetails(PARTY_GROUP, LocalDate.of(2024, 1, 15), "2024年第1次党组会",
                List.of("研究年度法治政府建设工作要点", "审议重大行政决策事项"), 2);
        var integrity = new IntegrityWorkDetails(INTEGRITY_TALK, LocalDate.of(2024, 4, 10), "对新任职干部开展廉政约谈", 6);
        var lawList = new RequiredLawListDetails(2024, "2024年应知应会法律清单",
                List.of("中华人民共和国宪法", "中华人民共和国科学技术进步法"));
        return Stream.of(new Example(session, new StudySessionRecorded("r-1", session)),
                new Example(exam, new LawExamRecorded("r-1", exam)),
                new Example(hearing, new HearingAttendanceRecorded("r-1", hearing)),
                new Example(meeting, new DecisionMeetingRecorded("r-1", meeting)),
                new Example(integrity, new IntegrityWorkRecorded("r-1", integrity)),
                new Example(lawList, new RequiredLawListRecorded("r-1", lawList)));
    }
}
