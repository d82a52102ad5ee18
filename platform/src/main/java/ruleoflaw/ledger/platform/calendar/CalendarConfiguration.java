package ruleoflaw.ledger.platform.calendar;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;

/**
 * Time as a dependency: the one {@link Clock} every rule asks for "today" (also the clock of the field checks, so
 * {@code @BusinessDate}'s "not after today" follows it), and the working-day calendar, the bundled arrangements
 * plus those added in {@code ledger.calendar.directory} (a year's notice once it is published, {@code YYYY.txt}).
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    /**
     * The system clock; or, with {@code ledger.clock.start-at} (an instant, for trying the ledger on another day:
     * {@code .ci/dates}), a clock that started there when the JVM started and runs on: every Spring context of one
     * JVM (test contexts side by side) keeps the same time, since Axon's message clock is one for the JVM. What asks
     * this clock moves, the events' timestamps included; the persistent deadlines (db-scheduler) and the databases
     * keep the system's time.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${ledger.clock.start-at:}") String startAt) {
        if (startAt.isBlank()) {
            return Clock.systemUTC();
        }
        Instant start = Instant.parse(startAt.strip());
        log.warn("The clock is moved (ledger.clock.start-at): it started at {} with the JVM and runs on; today is not "
                + "the system's", start);
        Instant jvmStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Clock.offset(Clock.systemUTC(), Duration.between(jvmStarted, start));
    }

    /** Events are stamped on the same clock (Axon's message clock), so that "as of now" and their times agree. */
    @Bean
    SmartInitializingSingleton eventsStampedOnTheLedgersClock(Clock clock) {
        return () -> GenericEventMessage.clock = clock;
    }

    @Bean
    ValidationConfigurationCustomizer fieldChecksOnTheLedgersClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    @Bean
    @ConditionalOnMissingBean
    WorkingDays workingDays(@Value("${ledger.calendar.directory:}") String directory) {
        Path added = directory.isBlank() ? null : Path.of(directory).toAbsolutePath();
        WorkingDays calendar = WorkingDays.china(added);
        log.info("Working-day calendar: {}; a year's notice is added as YYYY.txt in {}{}", calendar.summary(),
                added == null ? "(no ledger.calendar.directory set)" : added,
                added != null && !added.toFile().isDirectory() ? " (not there yet)" : "");
        return calendar;
    }
}
