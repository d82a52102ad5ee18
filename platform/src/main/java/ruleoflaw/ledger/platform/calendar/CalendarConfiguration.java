package ruleoflaw.ledger.platform.calendar;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
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
