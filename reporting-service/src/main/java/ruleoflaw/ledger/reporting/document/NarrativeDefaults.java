package ruleoflaw.ledger.reporting.document;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until a report is drafted somewhere, every year's document has the figures and placeholders only. */
@Configuration(proxyBeanMethods = false)
class NarrativeDefaults {

    @Bean
    @ConditionalOnMissingBean(NarrativeSource.class)
    NarrativeSource noNarrative() {
        return year -> Narrative.EMPTY;
    }
}
