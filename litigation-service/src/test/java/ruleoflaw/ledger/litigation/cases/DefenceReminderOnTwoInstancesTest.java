package ruleoflaw.ledger.litigation.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.litigation.CaseKind;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.PlaintiffType;
import ruleoflaw.ledger.contracts.litigation.RecordLegalCase;
import ruleoflaw.ledger.litigation.LitigationServiceApplication;
import ruleoflaw.ledger.platform.testing.TestBackendsInitializer;

/**
 * A deadline fires once with several instances (issue 26): two runs of the service poll the one table of persistent
 * deadlines, and db-scheduler lets one of them pick a due deadline. The defence reminder is the witness: its handler
 * records a reminder each time it runs while the defence is still awaited, so a reminder fired by both would be
 * recorded twice.
 */
class DefenceReminderOnTwoInstancesTest {

    @Test
    void aDueReminderIsFiredByOneOfTwoInstances() {
        try (ConfigurableApplicationContext first = start("litigation-service-1");
                ConfigurableApplicationContext second = start("litigation-service-2")) {
            JdbcTemplate jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
            LocalDate today = ChinaTime.today(first.getBean(Clock.class));
            List<String> cases = IntStream.range(0, 4).mapToObj(n -> "two-instances-" + UUID.randomUUID()).toList();
            for (String caseId : cases) {
                (cases.indexOf(caseId) % 2 == 0 ? first : second).getBean(CommandGateway.class).sendAndWait(
                        new RecordLegalCase(caseId, new LegalCaseDetails(CaseKind.LITIGATION_FIRST_INSTANCE,
                                "(2026)渝0107行初" + cases.indexOf(caseId) + "号", "重庆市九龙坡区人民法院",
                                PlaintiffType.NATURAL_PERSON, "两个实例只提醒一次", false, false, today)));
            }

            // due now for both instances at once
            jdbc.update("update litigation_scheduled_tasks set execution_time = now() - interval '1 second' "
                    + "where position(convert_to(?, 'UTF8') in task_data) > 0 and ("
                    + String.join(" or ", cases.stream()
                            .map(id -> "position(convert_to('" + id + "', 'UTF8') in task_data) > 0").toList())
                    + ")", LegalCase.DEFENCE_REMINDER);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> cases.stream().allMatch(caseId -> reminders(jdbc, caseId) >= 1));
            await().atMost(Duration.ofSeconds(30)).until(() -> cases.stream()
                    .allMatch(caseId -> scheduled(jdbc, caseId) == 1)); // the deadline itself is still to come
            for (String caseId : cases) {
                assertThat(reminders(jdbc, caseId)).as("reminders of " + caseId).isEqualTo(1);
            }
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(LitigationServiceApplication.class)
                .initializers(new TestBackendsInitializer())
                .run("--server.port=0", "--db-scheduler.polling-interval=1s", "--ledger.instance.name=" + name);
    }

    private static long reminders(JdbcTemplate jdbc, String caseId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%DefenceReminderDue'", Long.class, caseId);
    }

    private static long scheduled(JdbcTemplate jdbc, String caseId) {
        return jdbc.queryForObject("select count(*) from litigation_scheduled_tasks "
                + "where position(convert_to(?, 'UTF8') in task_data) > 0", Long.class, caseId);
    }
}
