package ruleoflaw.ledger.platform.metrics;

import java.time.Clock;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import ruleoflaw.ledger.platform.department.Departments;

/**
 * The ledger's own meters in every service, beside Boot's HTTP and JVM meters and Axon's message monitors
 * (axon-micrometer); tagged {@code application} and {@code context} by ledger-defaults.yml.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerMetricsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "ledger.records.enabled", havingValue = "true", matchIfMissing = true)
    RecordMetrics recordMetrics(MeterRegistry meters, Departments departments) {
        return new RecordMetrics(meters, departments);
    }

    @Bean
    ProcessorLagMetrics processorLagMetrics(MeterRegistry meters, ObjectProvider<EventProcessingConfiguration> processing,
            ObjectProvider<EventStore> events) {
        return new ProcessorLagMetrics(meters, processing, events);
    }

    @Bean
    MeterBinder legalDeadlineMetrics(ObjectProvider<LegalDeadlines> deadlines, Clock clock) {
        return meters -> deadlines.forEach(kind -> new DeadlineMetrics(kind, clock).bindTo(meters));
    }
}
