package ruleoflaw.ledger.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import ruleoflaw.ledger.platform.testing.RecordsApiSupport;
import ruleoflaw.ledger.platform.testing.TestGateway;

/** What a recording service counts: its records by type and change, refusals by field, Axon's command handling. */
class StudyMetricsTest extends RecordsApiSupport {

    private static final String SESSIONS = "/api/study/sessions";

    @Override
    protected String recorder() {
        return "度量员";
    }

    @Test
    void countsRecordsByTypeChangeAndDepartmentAndRefusalsByField() {
        double recorded = sample("ledger_records_total", "change=\"recorded\"", "type=\"study.session\"", "department=\"default\"");
        double corrected = sample("ledger_records_total", "change=\"corrected\"", "type=\"study.session\"", "department=\"default\"");
        double withdrawn = sample("ledger_records_total", "change=\"withdrawn\"", "type=\"study.session\"", "department=\"default\"");
        double refusedAttendees = sample("ledger_validation_refusals_total", "field=\"attendees\"");

        String id = recorded(SESSIONS, """
                {"kind":"COLLECTIVE_STUDY","title":"学习《行政处罚法》","heldOn":"2019-06-12","attendees":12}""");
        send(HttpMethod.PUT, SESSIONS + "/" + id, """
                {"expectedVersion":0,"reason":"实到11人","record":{"kind":"COLLECTIVE_STUDY",
                 "title":"学习《行政处罚法》","heldOn":"2019-06-12","attendees":11}}""");
        send(HttpMethod.POST, SESSIONS + "/" + id + "/withdrawal", """
                {"expectedVersion":1,"reason":"重复登记"}""");
        ResponseEntity<Map> refused = send(HttpMethod.POST, SESSIONS, """
                {"kind":"COLLECTIVE_STUDY","title":"学习《行政许可法》","heldOn":"2019-06-13","attendees":-3}""");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).contains("attendees");

        assertThat(sample("ledger_records_total", "change=\"recorded\"", "type=\"study.session\"", "department=\"default\"")).isEqualTo(recorded + 1);
        assertThat(sample("ledger_records_total", "change=\"corrected\"", "type=\"study.session\"", "department=\"default\"")).isEqualTo(corrected + 1);
        assertThat(sample("ledger_records_total", "change=\"withdrawn\"", "type=\"study.session\"", "department=\"default\"")).isEqualTo(withdrawn + 1);
        assertThat(sample("ledger_validation_refusals_total", "field=\"attendees\"")).isEqualTo(refusedAttendees + 1);
        double ofTheJusticeBureau = sample("ledger_records_total", "change=\"recorded\"", "type=\"study.session\"",
                "department=\"sfj-metrics\"");
        assertThat(http.exchange(SESSIONS, HttpMethod.POST, new org.springframework.http.HttpEntity<>("""
                {"kind":"COLLECTIVE_STUDY","title":"学习《行政复议法》","heldOn":"2019-06-14","attendees":9}""",
                TestGateway.inDepartment("sfj-metrics", false, recorder(), "recorder")), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(sample("ledger_records_total", "change=\"recorded\"", "type=\"study.session\"",
                "department=\"sfj-metrics\"")).isEqualTo(ofTheJusticeBureau + 1);
        // axon-micrometer: command handling time by command (a simple record's correction: RecordCommands.Correct),
        // the record index's processing time by event
        assertThat(scrape()).contains("commandBus_allTimer_seconds_count{", "payloadType=\"Correct\"",
                "eventProcessor_allTimer_seconds_count{", "processorName=\"ledger-record-index\"");
        // but not Axon's capacity monitor, which holds every message's time for ten minutes (MessageMonitors)
        assertThat(scrape()).doesNotContain("commandBus_capacity", "eventProcessor_capacity");
    }

    private String scrape() {
        return http.getForEntity("/actuator/prometheus", String.class).getBody();
    }

    /** The value of the one sample of {@code name} whose labels contain all of {@code labels}, 0 if none yet. */
    private double sample(String name, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(scrape());
        double value = 0;
        int found = 0;
        while (line.find()) {
            String present = line.group(1);
            if (java.util.Arrays.stream(labels).allMatch(present::contains)) {
                value = Double.parseDouble(line.group(2));
                found++;
            }
        }
        assertThat(found).as("samples of %s with %s", name, String.join(",", labels)).isLessThanOrEqualTo(1);
        return value;
    }
}
