package ruleoflaw.ledger.platform.processing;

import java.util.concurrent.TimeUnit;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tracking processors on several instances of a service: their claims under this instance's name, lapsing after
 * the claim timeout, an unclaimed segment looked for every second, and the segments shared ({@link SegmentBalancer}).
 * Tokens are kept in PostgreSQL (Axon's JPA token store) unless the service keeps them beside a MongoDB read model.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class ProcessingConfiguration {

    @Bean
    ProcessorClaims processorClaims(Environment environment) {
        return ProcessorClaims.of(environment);
    }

    @Bean
    @ConditionalOnMissingBean(TokenStore.class)
    TokenStore tokenStore(EntityManagerProvider entityManagers, @Qualifier("serializer") Serializer serializer,
            ProcessorClaims claims) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagers)
                .serializer(serializer)
                .nodeId(claims.owner())
                .claimTimeout(claims.timeout())
                .build();
    }

    /** Processors configured neither by name (axon.eventhandling.processors.NAME) nor by the service's own module. */
    @Bean
    ConfigurerModule trackingProcessorsLookForSegmentsEverySecond() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andTokenClaimInterval(ProcessorClaims.CLAIM_INTERVAL.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    SegmentBalancer segmentBalancer(JdbcTemplate jdbc, ProcessorClaims claims, ObjectProvider<Configuration> axon,
            TokenStore tokens, TransactionManager transactions) {
        return new SegmentBalancer(jdbc, claims,
                () -> axon.getObject().eventProcessingConfiguration().eventProcessors().values(), tokens, transactions);
    }
}
