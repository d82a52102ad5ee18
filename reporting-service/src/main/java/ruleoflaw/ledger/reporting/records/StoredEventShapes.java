package ruleoflaw.ledger.reporting.records;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ruleoflaw.ledger.contracts.study.StudySessionFormatUpcaster;

/**
 * Reporting reads every context's events: the upcasters that turn stored older shapes into the present ones, from
 * the contexts' published language (Axon chains the {@link EventUpcaster} beans).
 */
@Configuration(proxyBeanMethods = false)
class StoredEventShapes {

    @Bean
    EventUpcaster studySessionFormatUpcaster() {
        return new StudySessionFormatUpcaster();
    }
}
