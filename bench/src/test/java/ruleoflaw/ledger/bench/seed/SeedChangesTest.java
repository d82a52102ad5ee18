package ruleoflaw.ledger.bench.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeedChangesTest {

    /** 60 records: sessions, but every 5th from the 3rd a case (with a step); blank lines between them. */
    private static String sample() {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            if (n % 5 == 2) {
                lines.add("{\"type\": \"legal.case\", \"id\": \"case-" + n + "\", \"title\": \"案件" + n + "\", \"filedOn\": \"2024-03-01\"}");
                lines.add("{\"type\": \"legal.case.defence\", \"id\": \"case-" + n + "-defence\", \"of\": \"case-" + n
                        + "\", \"submittedOn\": \"2024-03-10\"}");
            } else {
                lines.add("{\"type\": \"study.session\", \"id\": \"s-" + n + "\", \"kind\": \"COLLECTIVE_STUDY\", \"title\": \"学习"
                        + n + "\", \"heldOn\": \"2024-01-18\", \"attendees\": 18, \"hours\": 2.0, \"laws\": [\"宪法\"]}");
            }
            if (n % 7 == 0) {
                lines.add("   ");
            }
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void everyTwentiethRecordFromTheFourthIsCorrectedWithItsTitleMarked() {
        List<String> changes = SeedChanges.of(sample());

        assertThat(changes).filteredOn(line -> line.contains(".correction")).containsExactly(
                "{\"type\": \"study.session.correction\", \"id\": \"s-3-bench-correction\", \"of\": \"s-3\", "
                        + "\"reason\": \"录入有误，予以更正\", \"record\": {\"kind\": \"COLLECTIVE_STUDY\", "
                        + "\"title\": \"学习3（更正）\", \"heldOn\": \"2024-01-18\", \"attendees\": 18, \"hours\": 2.0, "
                        + "\"laws\": [\"宪法\"]}}",
                "{\"type\": \"study.session.correction\", \"id\": \"s-23-bench-correction\", \"of\": \"s-23\", "
                        + "\"reason\": \"录入有误，予以更正\", \"record\": {\"kind\": \"COLLECTIVE_STUDY\", "
                        + "\"title\": \"学习23（更正）\", \"heldOn\": \"2024-01-18\", \"attendees\": 18, \"hours\": 2.0, "
                        + "\"laws\": [\"宪法\"]}}",
                "{\"type\": \"study.session.correction\", \"id\": \"s-43-bench-correction\", \"of\": \"s-43\", "
                        + "\"reason\": \"录入有误，予以更正\", \"record\": {\"kind\": \"COLLECTIVE_STUDY\", "
                        + "\"title\": \"学习43（更正）\", \"heldOn\": \"2024-01-18\", \"attendees\": 18, \"hours\": 2.0, "
                        + "\"laws\": [\"宪法\"]}}");
    }

    @Test
    void everyFiftiethRecordFromTheTwelfthIsWithdrawnAfterTheCorrectionsIfItsTypeMayBe() {
        List<String> changes = SeedChanges.of(sample());

        // records 11 (a session) and 61 (none): s-11; steps are not records and do not count
        assertThat(changes).hasSize(4).last().isEqualTo(
                "{\"type\": \"study.session.withdrawal\", \"id\": \"s-11-bench-withdrawal\", \"of\": \"s-11\", "
                        + "\"reason\": \"重复录入\"}");
    }

    @Test
    void aRecordOfATypeThatIsNotWithdrawnIsNot() {
        StringBuilder sample = new StringBuilder();
        for (int n = 0; n < 12; n++) {
            String type = n == 11 ? "legal.review" : "study.exam";
            sample.append("{\"type\": \"").append(type).append("\", \"id\": \"r-").append(n).append("\", \"count\": 1}\n");
        }

        assertThat(SeedChanges.of(sample.toString())).containsExactly(
                "{\"type\": \"study.exam.correction\", \"id\": \"r-3-bench-correction\", \"of\": \"r-3\", "
                        + "\"reason\": \"录入有误，予以更正\", \"record\": {\"count\": 1}}");
    }

    @Test
    void aCorrectedRecordIsNotWithdrawnToo() {
        StringBuilder sample = new StringBuilder();
        for (int n = 0; n < 12; n++) {
            String id = n == 3 || n == 11 ? "twice" : "r-" + n;
            sample.append("{\"type\": \"study.session\", \"id\": \"").append(id).append("\"}\n");
        }

        assertThat(SeedChanges.of(sample.toString())).singleElement().asString().contains("\"twice-bench-correction\"");
    }

    @Test
    void aTitleThatIsNotTextStaysAsItIsAndWindowsLineEndsReadAsLineEnds() {
        String sample = "{\"type\":\"a\",\"id\":\"0\"}\r\n{\"type\":\"a\",\"id\":\"1\"}\r\n{\"type\":\"a\",\"id\":\"2\"}\r\n"
                + "{\"type\":\"study.session\",\"id\":\"3\",\"title\":7}\r\n";

        assertThat(SeedChanges.of(sample)).containsExactly("{\"type\": \"study.session.correction\", \"id\": "
                + "\"3-bench-correction\", \"of\": \"3\", \"reason\": \"录入有误，予以更正\", \"record\": {\"title\": 7}}");
    }

    @Test
    void theSampleYearGetsTenCorrectionsAndFourWithdrawals() throws Exception {
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("../samples/kjj-2024.jsonl"));

        List<String> changes = SeedChanges.of(sample);

        assertThat(changes).filteredOn(line -> line.contains("\"type\": \"") && line.contains(".correction\"")).hasSize(10);
        assertThat(changes).filteredOn(line -> line.contains(".withdrawal\"")).hasSize(4);
        assertThat(changes.get(0)).startsWith("{\"type\": \"study.session.correction\", \"id\": "
                + "\"kjj-2024-session-03-bench-correction\", \"of\": \"kjj-2024-session-03\"");
    }
}
