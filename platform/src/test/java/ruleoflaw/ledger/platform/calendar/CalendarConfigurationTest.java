package ruleoflaw.ledger.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.contracts.record.BusinessDate;

/** The service's clock is the field checks' clock, and the calendar takes the years added in its directory. */
class CalendarConfigurationTest {

    /** 10:00 on 29 February 2028 in China. */
    private static final Clock LEAP_DAY = Clock.fixed(Instant.parse("2028-02-29T02:00:00Z"), ZoneOffset.UTC);

    record Held(@BusinessDate LocalDate heldOn) {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(CalendarConfiguration.class);

    @Test
    void aBusinessDateIsNotAfterTodayOnTheServicesClock() {
        context.withBean(Clock.class, () -> LEAP_DAY).run(service -> {
            Validator validator = service.getBean(Validator.class);
            assertThat(validator.validate(new Held(LocalDate.of(2028, 2, 29)))).as("today").isEmpty();
            assertThat(validator.validate(new Held(LocalDate.of(2028, 3, 1)))).as("tomorrow").singleElement()
                    .satisfies(v -> assertThat(v.getMessage()).isEqualTo("must be a date from 2000-01-01 up to today"));
            assertThat(validator.validate(new Held(LocalDate.of(1999, 12, 31)))).hasSize(1);
        });
    }

    /**
     * Two contexts of one JVM started apart keep one time: each used to start its own clock at start-at, so the
     * later one ran behind, and events stamped on Axon's one message clock (the latest context's) were dated before
     * "now" of the first (seen as a failed as-of test in .ci/dates once a second context started mid-run).
     */
    @Test
    void contextsStartedApartInOneJvmKeepOneMovedTime() throws InterruptedException {
        CalendarConfiguration configuration = new CalendarConfiguration();
        Clock first = configuration.clock("2028-02-29T02:00:00Z");
        Thread.sleep(300);
        Clock second = configuration.clock("2028-02-29T02:00:00Z");
        assertThat(Duration.between(second.instant(), first.instant()).abs()).isLessThan(Duration.ofMillis(100));
    }

    @Test
    void aMovedClockStartsWhereItIsToldWithTheJvmAndRunsOn() {
        context.withPropertyValues("ledger.clock.start-at=2028-02-29T02:00:00Z").run(service -> {
            Instant now = service.getBean(Clock.class).instant();
            Instant start = Instant.parse("2028-02-29T02:00:00Z");
            Duration jvmUptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
            assertThat(now).isBetween(start, start.plus(jvmUptime).plusSeconds(60));
            assertThat(service.getBean(Validator.class).validate(new Held(LocalDate.of(2028, 2, 29)))).isEmpty();
        });
        context.withPropertyValues("ledger.clock.start-at=")
                .run(service -> assertThat(service.getBean(Clock.class)).isEqualTo(Clock.systemUTC()));
    }

    @Test
    void theCalendarTakesTheYearsAddedInItsDirectory(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("2041.txt"), """
                notice 测试〔2040〕1号 2040-11-30 国务院办公厅关于2041年部分节假日安排的通知（测试）
                holiday 2041-01-01..2041-01-03 元旦
                """, StandardCharsets.UTF_8);
        context.withPropertyValues("ledger.calendar.directory=" + directory).run(service -> {
            WorkingDays calendar = service.getBean(WorkingDays.class);
            assertThat(calendar.published(2041)).isTrue();
            assertThat(calendar.published(2026)).isTrue();
            assertThat(service.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC);
        });
        context.withPropertyValues("ledger.calendar.directory=" + directory.resolve("not-there")).run(service ->
                assertThat(service.getBean(WorkingDays.class).published(2041)).isFalse());
    }
}
