package ruleoflaw.ledger.litigation.cases;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The defence clock from {@code ledger.litigation.defence-clock.*} (statutory defaults), for the case's handlers. */
@Configuration(proxyBeanMethods = false)
class LitigationClockConfiguration {

    @Bean
    DefenceClock defenceClock(@Value("${ledger.litigation.defence-clock.litigation-days:15}") int litigationDays,
            @Value("${ledger.litigation.defence-clock.reconsideration-days:10}") int reconsiderationDays,
            @Value("${ledger.litigation.defence-clock.reminder-days-before:3}") int reminderDaysBefore) {
        return new DefenceClock(litigationDays, reconsiderationDays, reminderDaysBefore);
    }
}
