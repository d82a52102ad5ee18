package ruleoflaw.ledger.disclosure.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.contracts.calendar.WorkingDays.DueDay;
import ruleoflaw.ledger.contracts.disclosure.ApplicantType;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.RecordDisclosureApplication;
import ruleoflaw.ledger.disclosure.DisclosureServiceApplication;
import ruleoflaw.ledger.platform.testing.TestBackendsInitializer;

/**
 * Adding a year's notice and restarting makes a provisional due day official: an application received in
 * December of the last year the calendar has a notice for is recorded with its answer due, provisionally, in the
 * next; the service stops; that year's file is added to {@code ledger.calendar.directory}; the next run recounts
 * the due day on start, records it official, and its deadline moves with it.
 */
class ProvisionalDueDayRestartTest {

    /** A made-up arrangement for the test: the whole first week of January off, so the due day must move. */
    private static final String TEST_NOTICE = """
            notice 测试〔0000〕1号 日期不详 国务院办公厅关于%1$d年部分节假日安排的通知（测试数据）
            holiday %1$d-01-01..%1$d-01-07 元旦
            """;

    @Test
    void theDueDayBecomesOfficialAndItsDeadlineMovesOnceTheYearsNoticeIsAdded(@TempDir Path calendarDirectory)
            throws IOException {
        String id = "provisional-" + UUID.randomUUID();
        int nextYear = WorkingDays.china().publishedYears().last() + 1;
        LocalDate received = LocalDate.of(nextYear - 1, 12, 20);
        DueDay provisional = WorkingDays.china().dueDay(received, DisclosureApplication.ANSWER_WORKING_DAYS);

        try (ConfigurableApplicationContext first = start(calendarDirectory)) {
            JdbcTemplate jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
            first.getBean(CommandGateway.class).sendAndWait(new RecordDisclosureApplication(id,
                    new DisclosureApplicationDetails(received, ApplicantType.NATURAL_PERSON, "年底收到的申请，答复期限跨年")));
            assertThat(file(jdbc, id).path("dueOn").asText()).isEqualTo(provisional.on().toString());
            assertThat(file(jdbc, id).path("dueOnProvisional").asBoolean()).isTrue();
            deadlineKeptFor(first, id, provisional.on());
        }

        Files.writeString(calendarDirectory.resolve(nextYear + ".txt"), TEST_NOTICE.formatted(nextYear),
                StandardCharsets.UTF_8);
        DueDay official = WorkingDays.china(calendarDirectory).dueDay(received, DisclosureApplication.ANSWER_WORKING_DAYS);
        assertThat(official).isEqualTo(new DueDay(official.on(), false));
        assertThat(official.on()).as("the notice moves the day").isAfter(provisional.on());

        try (ConfigurableApplicationContext second = start(calendarDirectory)) {
            JdbcTemplate after = new JdbcTemplate(second.getBean(javax.sql.DataSource.class));
            await().atMost(Duration.ofSeconds(30)).until(() -> !file(after, id).path("dueOnProvisional").asBoolean());
            assertThat(file(after, id).path("dueOn").asText()).isEqualTo(official.on().toString());
            assertThat(after.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%ApplicationDueDayRecounted'", Long.class, id)).isEqualTo(1);
            deadlineKeptFor(second, id, official.on());
        }

        try (ConfigurableApplicationContext third = start(calendarDirectory)) {
            JdbcTemplate again = new JdbcTemplate(third.getBean(javax.sql.DataSource.class));
            assertThat(again.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%ApplicationDueDayRecounted'", Long.class, id))
                    .as("an official day is not recounted again").isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Path calendarDirectory) {
        return new SpringApplicationBuilder(DisclosureServiceApplication.class)
                .initializers(new TestBackendsInitializer())
                .run("--server.port=0", "--ledger.calendar.directory=" + calendarDirectory);
    }

    private static JsonNode file(JdbcTemplate jdbc, String id) throws IOException {
        return new ObjectMapper().readTree(
                jdbc.queryForObject("select details from ledger_record where record_id = ?", String.class, id));
    }

    /**
     * The answer deadline of that due day: scheduled for the end of the day while that is ahead (and no other), or,
     * once that moment has passed, recorded as passed for that day. The persistent deadlines keep the system's time
     * (a moved {@code Clock} does not move them).
     */
    private static void deadlineKeptFor(ConfigurableApplicationContext service, String id, LocalDate dueOn) {
        JdbcTemplate jdbc = new JdbcTemplate(service.getBean(javax.sql.DataSource.class));
        Instant end = DisclosureApplication.deadline(dueOn);
        if (end.isAfter(Instant.now().plusSeconds(60))) {
            assertThat(jdbc.queryForList("select execution_time from disclosure_scheduled_tasks "
                    + "where position(convert_to(?, 'UTF8') in task_data) > 0", Timestamp.class, id))
                    .extracting(Timestamp::toInstant).containsExactly(end);
        } else {
            await().atMost(Duration.ofSeconds(30)).until(() -> file(jdbc, id).path("deadlinePassed").asBoolean()
                    && file(jdbc, id).path("dueOn").asText().equals(dueOn.toString()));
        }
    }
}
