package ruleoflaw.ledger.platform.eventstore;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upcasters of the ledger's events, in every service: each service reads the one event store (reporting reads
 * every event), so each must see stored events in their present shape. Axon chains the {@link EventUpcaster} beans.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerUpcasters {

    @Bean
    EventUpcaster studySessionFormatUpcaster() {
        return new StudySessionFormatUpcaster();
    }
}
