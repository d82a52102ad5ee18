package ruleoflaw.ledger.disclosure.application;

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
import ruleoflaw.ledger.contracts.disclosure.ApplicantType;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.ReceiveApplicationCorrection;
import ruleoflaw.ledger.contracts.disclosure.RecordDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.RequestApplicationCorrection;
import ruleoflaw.ledger.disclosure.DisclosureServiceApplication;
import ruleoflaw.ledger.platform.testing.TestBackendsInitializer;

/**
 * The answer deadline is persisted, cancelled and rescheduled in PostgreSQL and survives a restart: an application
 * received today is recorded in one run of the service (its deadline stored), a correction asked of the applicant
 * cancels it and the correction received schedules it again; that run stops; the stored deadline is moved to the
 * past, and a new run of the service on the same database fires it: the application records its deadline passed.
 */
class AnswerDeadlineRestartTest {

    @Test
    void aScheduledAnswerDeadlineIsPersistedAndFiresAfterARestart() {
        String id = "restart-" + UUID.randomUUID();
        JdbcTemplate jdbc;

        try (ConfigurableApplicationContext first = start()) {
            LocalDate today = ChinaTime.today(first.getBean(Clock.class));
            jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new RecordDisclosureApplication(id, new DisclosureApplicationDetails(today,
                    ApplicantType.NATURAL_PERSON, "重启后仍应提醒答复期限")));
            assertThat(scheduled(jdbc, id)).isEqualTo(1);
            commands.sendAndWait(new RequestApplicationCorrection(id, null, today));
            assertThat(scheduled(jdbc, id)).as("the clock stops while the correction is awaited").isZero();
            commands.sendAndWait(new ReceiveApplicationCorrection(id, null, today));
            assertThat(scheduled(jdbc, id)).isEqualTo(1);
            assertThat(passed(jdbc, id)).isFalse();
        }
        jdbc = new JdbcTemplate(dataSourceOfTheSharedDatabase());
        assertThat(scheduled(jdbc, id)).as("the deadline outlives the run that scheduled it").isEqualTo(1);
        jdbc.update("update disclosure_scheduled_tasks set execution_time = now() - interval '1 second' "
                + "where position(convert_to(?, 'UTF8') in task_data) > 0", id);

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate after = jdbc;
            await().atMost(Duration.ofSeconds(30)).until(() -> passed(after, id));
            assertThat(after.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%ApplicationDeadlinePassed'", Long.class, id)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> scheduled(after, id) == 0);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DisclosureServiceApplication.class)
                .initializers(new TestBackendsInitializer())
                // arguments: properties set on the builder are defaults, which application.yml overrides
                .run("--server.port=0", "--db-scheduler.polling-interval=1s");
    }

    private static javax.sql.DataSource dataSourceOfTheSharedDatabase() {
        var postgres = ruleoflaw.ledger.platform.testing.TestBackends.postgres();
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(postgres.jdbcUrl(),
                postgres.username(), postgres.password());
    }

    private static long scheduled(JdbcTemplate jdbc, String id) {
        return jdbc.queryForObject("select count(*) from disclosure_scheduled_tasks "
                + "where position(convert_to(?, 'UTF8') in task_data) > 0", Long.class, id);
    }

    private static boolean passed(JdbcTemplate jdbc, String id) {
        return jdbc.queryForList("select details from ledger_record where record_id = ?", String.class, id).stream()
                .anyMatch(details -> details.contains("\"deadlinePassed\":true"));
    }
}
