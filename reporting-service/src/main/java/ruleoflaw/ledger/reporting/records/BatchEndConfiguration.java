package ruleoflaw.ledger.reporting.records;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live records processor writes its batches with {@link BatchEnd}, as the rebuild's processors do. */
@Configuration(proxyBeanMethods = false)
class BatchEndConfiguration {

    @Bean
    ConfigurerModule batchEndOnLedgerRecords() {
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(LedgerRecords.PROCESSING_GROUP, configuration -> new BatchEnd());
    }
}
