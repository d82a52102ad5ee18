package ruleoflaw.ledger.disclosure.publication;

import java.util.concurrent.TimeUnit;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;

import ruleoflaw.ledger.platform.processing.ProcessorClaims;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ReportPublicationsConfiguration {

    /**
     * A tracking processor of its own. The first time it runs in an installation it starts at the head of the event
     * store: reports published before were entered by hand if at all, and are not recorded twice. A failure (the
     * database away) is retried from the same event rather than logged and passed over. One thread, one segment: with
     * several instances one processes it and another takes it over when that one dies ({@code SegmentBalancer}).
     */
    /**
     * It reads every event of every context and handles few: a batch of them per transaction and token update rather
     * than one each, as reporting's processors do. Processing a batch again after a failure records nothing twice.
     */
    static final int BATCH_SIZE = 500;

    @Bean
    ConfigurerModule reportPublicationsProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(ReportPublications.PROCESSING_GROUP, Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH_SIZE)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken)
                                .andTokenClaimInterval(ProcessorClaims.CLAIM_INTERVAL.toMillis(), TimeUnit.MILLISECONDS))
                .registerListenerInvocationErrorHandler(ReportPublications.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
