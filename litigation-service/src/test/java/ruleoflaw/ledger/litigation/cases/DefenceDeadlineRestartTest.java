package ruleoflaw.ledger.litigation.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

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
 * The defence deadline survives a restart: a case received today is recorded in one run of the service, whose
 * deadline (16 days away) is stored in PostgreSQL; that run stops; the stored deadline is moved to the past
 * (the test's controllable clock: the scheduler's time is the database row's), and a new run of the service
 * on the same database fires it: the case records that its defence is overdue.
 *
 * <p>Other contexts of this test JVM share the database and may be the ones to fire it; either way it fires
 * only because it was persisted, since the run that scheduled it is gone.
 */
class DefenceDeadlineRestartTest {

    @Test
    void aScheduledDefenceDeadlineIsPersistedAndFiresAfterARestart() {
        String caseId = "restart-" + UUID.randomUUID();
        JdbcTemplate jdbc;

        try (ConfigurableApplicationContext first = start()) {
            LocalDate today = ChinaTime.today(first.getBean(Clock.class));
            jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
            first.getBean(CommandGateway.class).sendAndWait(new RecordLegalCase(caseId, new LegalCaseDetails(
                    CaseKind.LITIGATION_FIRST_INSTANCE, "(2026)渝0107行初9号", "重庆市九龙坡区人民法院",
                    PlaintiffType.NATURAL_PERSON, "重启后仍应提醒答辩期限", false, false, today)));
            assertThat(scheduled(jdbc, caseId)).isEqualTo(2);
            assertThat(overdue(jdbc, caseId)).isFalse();
        }
        jdbc = new JdbcTemplate(dataSourceOfTheSharedDatabase());
        assertThat(scheduled(jdbc, caseId)).as("the deadline and its reminder outlive the run that scheduled them")
                .isEqualTo(2);
        jdbc.update("update litigation_scheduled_tasks set execution_time = now() - interval '1 second' "
                + "where position(convert_to(?, 'UTF8') in task_data) > 0", caseId);

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate after = jdbc;
            await().atMost(Duration.ofSeconds(30)).until(() -> overdue(after, caseId));
            assertThat(after.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%DefenceDeadlinePassed'", Long.class, caseId)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> scheduled(after, caseId) == 0);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LitigationServiceApplication.class)
                .initializers(new TestBackendsInitializer())
                // arguments: properties set on the builder are defaults, which application.yml overrides
                .run("--server.port=0", "--db-scheduler.polling-interval=1s");
    }

    private static javax.sql.DataSource dataSourceOfTheSharedDatabase() {
        var postgres = ruleoflaw.ledger.platform.testing.TestBackends.postgres();
        var source = new org.springframework.jdbc.datasource.DriverManagerDataSource(postgres.jdbcUrl(),
                postgres.username(), postgres.password());
        return source;
    }

    private static long scheduled(JdbcTemplate jdbc, String caseId) {
        return jdbc.queryForObject("select count(*) from litigation_scheduled_tasks "
                + "where position(convert_to(?, 'UTF8') in task_data) > 0", Long.class, caseId);
    }

    private static boolean overdue(JdbcTemplate jdbc, String caseId) {
        return jdbc.queryForList("select details from ledger_record where record_id = ?", String.class, caseId).stream()
                .anyMatch(details -> details.contains("\"defenceOverdue\":true"));
    }
}
