package ruleoflaw.ledger.reporting.figures;

import static ruleoflaw.ledger.reporting.figures.Figure.count;
import static ruleoflaw.ledger.reporting.figures.Figure.distinct;
import static ruleoflaw.ledger.reporting.figures.Figure.factIn;
import static ruleoflaw.ledger.reporting.figures.Figure.percentage;
import static ruleoflaw.ledger.reporting.figures.Figure.sum;
import static ruleoflaw.ledger.reporting.figures.Figure.weightedMean;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.contracts.study.HearingAttendanceDetails;
import ruleoflaw.ledger.contracts.study.IntegrityWorkDetails;
import ruleoflaw.ledger.contracts.study.LawExamDetails;
import ruleoflaw.ledger.contracts.study.LawNames;
import ruleoflaw.ledger.contracts.study.RequiredLawListDetails;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * 学法与会议: the study.* and governance.* figures. A learning session is of one of the kinds study.sessions.total has
 * always counted (集中学习, 理论学习中心组学习, 分组学习, 专题培训); the other forms of study the reports name (专题学法,
 * 第一议题学习, 三会一课, 法治讲座) are counted each on its own.
 */
@Component
@Order(1)
class StudyFigures implements ContextFigures {

    private static final String SESSION = StudySessionDetails.TYPE;
    private static final String LAW_LIST = RequiredLawListDetails.TYPE;
    private static final String EXAM = LawExamDetails.TYPE;
    private static final String HEARING = HearingAttendanceDetails.TYPE;
    private static final String MEETING = DecisionMeetingDetails.TYPE;
    private static final String INTEGRITY = IntegrityWorkDetails.TYPE;
    private static final String COVERAGE = "study.lawList.coveragePct";
    private static final String[] LEARNING = {"COLLECTIVE_STUDY", "CENTRAL_GROUP_STUDY", "GROUP_STUDY", "SPECIAL_TRAINING"};

    private final List<Figure> figures = List.of(
            count("study.sessions.total", SESSION, factIn("kind", LEARNING)),
            count("study.sessions.collective", SESSION, factIn("kind", "COLLECTIVE_STUDY")),
            count("study.sessions.centralGroup", SESSION, factIn("kind", "CENTRAL_GROUP_STUDY")),
            count("study.sessions.group", SESSION, factIn("kind", "GROUP_STUDY")),
            count("study.sessions.training", SESSION, factIn("kind", "SPECIAL_TRAINING")),
            sum("study.sessions.attendees", SESSION, factIn("kind", LEARNING), "attendees"),
            count("study.sessions.thematic", SESSION, factIn("kind", "THEMATIC_STUDY")),
            count("study.sessions.firstTopic", SESSION, factIn("kind", "FIRST_TOPIC_STUDY")),
            count("study.sessions.threeMeetingsOneLesson", SESSION, factIn("kind", "THREE_MEETINGS_ONE_LESSON")),
            count("study.sessions.online", SESSION, factIn("kind", LEARNING).and(factIn("format", "ONLINE"))),
            percentage("study.training.participationPct", SESSION, factIn("kind", "SPECIAL_TRAINING"), "attendees",
                    "required"),
            count("study.lectures.byLeaders", SESSION, factIn("kind", "LEADER_LAW_LECTURE")),
            count("study.lectures.lawLectures", SESSION, factIn("kind", "LAW_LECTURE")),
            distinct("study.laws.distinct", SESSION, StudyFigures::lawsStudied),
            Figure.of(COVERAGE, StudyFigures::lawListCoverage, Figure.Kept.of(StudyFigures::countCoverage, StudyFigures::readCoverage)),
            count("study.exams.held", EXAM, record -> true),
            percentage("study.exams.participationPct", EXAM, "participants", "eligible"),
            percentage("study.exams.passPct", EXAM, "passed", "participants"),
            // an exam that does not say how it was sat was sat in person (exams stored before it was asked)
            count("study.exams.online", EXAM, factIn("format", "ONLINE")),
            weightedMean("study.exams.averageScore", EXAM, "averageScore", "participants"),
            count("study.hearings.attended", HEARING, record -> true),
            sum("study.hearings.attendees", HEARING, record -> true, "attendees"),
            count("governance.meetings.partyGroup", MEETING, factIn("kind", "PARTY_GROUP")),
            count("governance.meetings.directorOffice", MEETING, factIn("kind", "DIRECTOR_OFFICE")),
            count("governance.meetings.topic", MEETING, factIn("kind", "TOPIC")),
            sum("governance.meetings.decisions", MEETING, record -> true, "decisions"),
            count("governance.integrity.studies", INTEGRITY, factIn("kind", "INTEGRITY_STUDY")),
            sum("governance.integrity.talks", INTEGRITY, factIn("kind", "INTEGRITY_TALK"), "persons"),
            count("governance.warningEducation.sessions", SESSION, factIn("kind", "WARNING_EDUCATION")));

    @Override
    public List<Figure> figures() {
        return figures;
    }
    private static Set<String> lawsStudied(RecordVersion session) {
        return LawNames.canonical(session.factList("laws"));
    }

    /**
     * Kept: each list under its recording time, business date and id with its laws (and a mark of its own, for a list
     * naming none), and the laws every session studied.
     */
    private static void countCoverage(RecordVersion record, Tally.Adder add) {
        if (record.type().equals(LAW_LIST)) {
            String list = Tally.key("%015d".formatted(record.recordedAt().toEpochMilli()), record.businessDate(),
                    record.recordId());
            add.add(record.year(), Tally.key(COVERAGE, "list", list, ""), 1);
            LawNames.canonical(record.factList("laws"))
                    .forEach(law -> add.add(record.year(), Tally.key(COVERAGE, "list", list, law), 1));
        } else if (record.type().equals(SESSION)) {
            lawsStudied(record).forEach(law -> add.add(record.year(), Tally.key(COVERAGE, "studied", law), 1));
        }
    }

    /** The latest list (the first by business date and id among lists recorded at the same moment). */
    private static Number readCoverage(int year, Tally tally) {
        Map<String, Set<String>> lists = new TreeMap<>(Comparator.comparing((String list) -> list.substring(0, 15))
                .reversed().thenComparing(Comparator.naturalOrder()));
        tally.parts(year, Tally.key(COVERAGE, "list")).keySet().forEach(key -> {
            int lawAt = key.lastIndexOf(Tally.SEPARATOR);
            Set<String> laws = lists.computeIfAbsent(key.substring(0, lawAt), list -> new HashSet<>());
            if (lawAt + 1 < key.length()) {
                laws.add(key.substring(lawAt + 1));
            }
        });
        if (lists.isEmpty()) {
            return 0.0;
        }
        Set<String> required = lists.values().iterator().next();
        Set<String> studied = tally.parts(year, Tally.key(COVERAGE, "studied")).keySet();
        return Figure.percent(required.stream().filter(studied::contains).count(), required.size());
    }

    /**
     * Laws of the year's required law list (the latest recorded) studied in some session of the year.
     * Evidence: the list and the sessions that studied a law on it.
     */
    private static Figure.Result lawListCoverage(List<RecordVersion> records) {
        Optional<RecordVersion> list = Figure.select(records, LAW_LIST, r -> true).stream()
                .max(Comparator.comparing(RecordVersion::recordedAt));
        if (list.isEmpty()) {
            return new Figure.Result(0.0, List.of());
        }
        Set<String> required = LawNames.canonical(list.get().factList("laws"));
        List<RecordVersion> studying = Figure.select(records, SESSION,
                session -> lawsStudied(session).stream().anyMatch(required::contains));
        long covered = required.stream()
                .filter(law -> studying.stream().anyMatch(session -> lawsStudied(session).contains(law))).count();
        return new Figure.Result(Figure.percent(covered, required.size()),
                Stream.concat(Stream.of(list.get()), studying.stream()).toList());
    }
}
