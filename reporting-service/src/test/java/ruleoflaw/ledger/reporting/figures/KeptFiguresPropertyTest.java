package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * The figures kept as events arrive ({@link FigureCatalog#read} over a {@link Tally}) equal the figures computed from
 * the records ({@link FigureCatalog#values}) for every year of random histories: records of every type with counts left
 * out, corrected (into other years too) and withdrawn, cases and applications concluded years later, documents
 * revised and repealed, contest series over runs of years.
 */
class KeptFiguresPropertyTest {

    private static final int FIRST = 2017;
    private static final int LAST = 2024;
    private static final List<String> LAWS = List.of("中华人民共和国宪法", "中华人民共和国民法典", "中华人民共和国科学技术进步法",
            "中华人民共和国行政处罚法", "中华人民共和国安全生产法");

    private final FigureCatalog catalog = FigureCatalogs.all();

    static Stream<Long> histories() {
        return LongStream.rangeClosed(1, 200).boxed();
    }

    @ParameterizedTest(name = "history {0}")
    @MethodSource("histories")
    void keptFiguresEqualTheComputedOnesEveryYear(long seed) {
        Random random = new Random(seed);
        History history = new History(random);
        int records = 20 + random.nextInt(120);
        for (int i = 0; i < records; i++) {
            history.record();
            if (random.nextInt(4) == 0) {
                history.changeOne();
            }
        }
        for (int year = FIRST - 1; year <= LAST + 2; year++) {
            int y = year;
            List<RecordVersion> standing = history.standing();
            Map<String, Number> computed = catalog.values(
                    standing.stream().filter(r -> r.year() == y).toList(),
                    Figure.Ledger.of(y, type -> standing.stream().filter(r -> r.type().equals(type)).toList()));
            assertThat(new ArrayList<>(catalog.read(y, history.tally).entrySet()))
                    .as("figures of %d in history %d", y, seed).isEqualTo(new ArrayList<>(computed.entrySet()));
        }
    }

    /** Records and their versions as the projection sees them, and the tally kept from each change. */
    private final class History {

        private final Random random;
        private final Map<String, RecordVersion> latest = new LinkedHashMap<>();
        private final Tally tally = new Tally();
        private final Map<String, Function<Random, Map<String, Object>>> types = new HashMap<>();
        private final List<String> documentNumbers = new ArrayList<>();
        private final List<String> series = List.of("科普讲解大赛", "法治知识竞赛", "安全知识竞赛");
        private long clock = Instant.parse("2017-01-01T00:00:00Z").toEpochMilli();
        private int ids;

        History(Random random) {
            this.random = random;
            types.put("study.session", r -> facts("kind", pick("COLLECTIVE_STUDY", "CENTRAL_GROUP_STUDY", "GROUP_STUDY",
                    "SPECIAL_TRAINING", "THEMATIC_STUDY", "FIRST_TOPIC_STUDY", "THREE_MEETINGS_ONE_LESSON", "LAW_LECTURE",
                    "LEADER_LAW_LECTURE", "WARNING_EDUCATION"), "attendees", count(), "required", count(),
                    "format", pick("ONLINE", "OFFLINE", null), "laws", laws()));
            types.put("study.lawList", r -> facts("laws", laws()));
            types.put("study.exam", r -> facts("eligible", count(), "participants", count(), "passed", count(),
                    "averageScore", random.nextInt(4) == 0 ? null : (600 + random.nextInt(400)) / 10.0,
                    "format", pick("ONLINE", "OFFLINE", null)));
            types.put("study.hearing", r -> facts("attendees", count()));
            types.put("governance.meeting", r -> facts("kind", pick("PARTY_GROUP", "DIRECTOR_OFFICE", "TOPIC"),
                    "decisions", count()));
            types.put("governance.integrity", r -> facts("kind", pick("INTEGRITY_STUDY", "INTEGRITY_TALK"),
                    "persons", count()));
            types.put("legal.case", r -> facts("kind", pick("LITIGATION_ADMINISTRATIVE", "LITIGATION_CIVIL",
                    "RECONSIDERATION"), "concludedOn", random.nextBoolean() ? laterDate(2) : null,
                    "outcome", pick("UPHELD", "CORRECTED", "OTHER"), "platformRegisteredOn", pick(laterDate(1), null),
                    "principalAppearances", count(), "defenceOverdue", pick(true, false, null)));
            types.put("legal.counsel", r -> facts("filedOn", pick(laterDate(0), null)));
            types.put("legal.review", r -> facts("kind", pick("MAJOR_DECISION", "NORMATIVE_DOCUMENT",
                    "MAJOR_ENFORCEMENT_DECISION", "CONTRACT", "OTHER")));
            types.put("outreach.event", r -> facts("campaign", pick("SCIENCE_WEEK", "SCIENCE_DAY", "CONSTITUTION_WEEK",
                    "OTHER", null), "campaignName", pick("双创活动周", "安全生产月", null)));
            types.put("outreach.contestEdition", r -> facts("seriesId", pick(series.get(0), series.get(1), series.get(2),
                    null), "edition", random.nextInt(9), "contestants", count()));
            types.put("outreach.briefing", r -> facts("attendees", count(), "enterprises", count()));
            types.put("outreach.visit", r -> facts("creditCode", pick("91500000A", "91500000B", "91500000C", null)));
            types.put("disclosure.item", r -> facts("category", pick("GUIDE", "STATUTORY", "ANNUAL_REPORT", "NEWS"),
                    "formedOn", businessDate.toString(), "publishedOn", laterDate(0)));
            types.put("disclosure.application", r -> facts("answeredOn", random.nextInt(3) == 0 ? null : laterDate(2),
                    "answeredLate", pick(true, false, null)));
            types.put("normative.document", r -> {
                String number = "渝科局发〔" + businessDate.getYear() + "〕" + (++ids) + "号";
                documentNumbers.add(number);
                return facts("documentNumber", number, "effectiveFrom", laterDate(1),
                        "validUntil", random.nextBoolean() ? laterDate(4) : null,
                        "revisesDocumentNumber", random.nextInt(4) == 0 ? anyDocument() : null);
            });
            types.put("normative.repeal", r -> facts("documentNumber", anyDocument(), "repealedOn", laterDate(1)));
            types.put("normative.cleanup", r -> facts("reviewed", count(), "kept", count(), "amended", count(),
                    "repealed", count(), "declaredInvalid", count()));
            types.put("services.item", r -> facts());
            types.put("services.materialsUpdate", r -> facts());
        }

        private LocalDate businessDate;

        void record() {
            String type = types.keySet().stream().sorted().toList().get(random.nextInt(types.size()));
            String id = "r" + (++ids);
            put(type, id, 0, "recorded", false);
        }

        /** Corrects a record (perhaps into another year) or withdraws it. */
        void changeOne() {
            List<RecordVersion> all = new ArrayList<>(latest.values());
            RecordVersion record = all.get(random.nextInt(all.size()));
            if (record.withdrawn()) {
                return;
            }
            if (random.nextInt(3) == 0) {
                change(record, record.withdrawnBy("e" + (++ids), record.version() + 1, next(), "auditor", null, "重复录入"));
            } else {
                put(record.type(), record.recordId(), record.version() + 1, "corrected", false);
            }
        }

        private void put(String type, String id, long version, String change, boolean withdrawn) {
            businessDate = LocalDate.of(FIRST + random.nextInt(LAST - FIRST + 1), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            Map<String, Object> facts = types.get(type).apply(random);
            change(latest.get(id), new RecordVersion("e" + (++ids), id, type, version, businessDate.toString(),
                    businessDate.getYear(), next(), "clerk", null, change, null, withdrawn, type + " " + id, facts));
        }

        /** What the projection does with each new version: take back the last one's counts, add the new one's. */
        private void change(RecordVersion before, RecordVersion after) {
            if (before != null && !before.withdrawn()) {
                catalog.count(before, tally.adder(-1));
            }
            if (!after.withdrawn()) {
                catalog.count(after, tally.adder(1));
            }
            latest.put(after.recordId(), after);
        }

        List<RecordVersion> standing() {
            return latest.values().stream().filter(r -> !r.withdrawn())
                    .sorted(Comparator.comparing(RecordVersion::businessDate).thenComparing(RecordVersion::recordId))
                    .toList();
        }

        private Instant next() {
            clock += random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(100_000_000);
            return Instant.ofEpochMilli(clock);
        }

        private Integer count() {
            return random.nextInt(6) == 0 ? null : random.nextInt(60);
        }

        private List<String> laws() {
            return IntStream.range(0, random.nextInt(4)).mapToObj(i -> LAWS.get(random.nextInt(LAWS.size()))).toList();
        }

        private String laterDate(int years) {
            return businessDate.plusDays(random.nextInt(365 * years + 30)).toString();
        }

        private String anyDocument() {
            return documentNumbers.isEmpty() ? "渝科局发〔2016〕1号"
                    : documentNumbers.get(random.nextInt(documentNumbers.size()));
        }

        @SafeVarargs
        private <T> T pick(T... values) {
            return values[random.nextInt(values.length)];
        }

        private Map<String, Object> facts(Object... pairs) {
            Map<String, Object> facts = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i + 1] != null) {
                    facts.put((String) pairs[i], pairs[i + 1]);
                }
            }
            return facts;
        }
    }
}
