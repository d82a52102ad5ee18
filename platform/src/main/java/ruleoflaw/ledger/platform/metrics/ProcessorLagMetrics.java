package ruleoflaw.ledger.platform.metrics;

import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@value #LAG}: how many events of the store a streaming (tracking or pooled) processor has still to handle,
 * the head's global index minus the position of its slowest segment. Registered once the processors run;
 * not a number while this instance holds none of a processor's segments.
 */
public class ProcessorLagMetrics implements ApplicationListener<ApplicationReadyEvent> {

    public static final String LAG = "ledger.processor.lag";

    private final MeterRegistry meters;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventStore> events;

    public ProcessorLagMetrics(MeterRegistry meters, ObjectProvider<EventProcessingConfiguration> processing,
            ObjectProvider<EventStore> events) {
        this.meters = meters;
        this.processing = processing;
        this.events = events;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        EventStore store = events.getIfAvailable();
        if (configuration == null || store == null) {
            return;
        }
        configuration.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder(LAG, () -> lag(streaming, store)).description("Events in the store the processor has not handled yet")
                        .tag("processor", name).register(meters);
            }
        });
    }

    static double lag(StreamingEventProcessor processor, EventStore store) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            return Double.NaN;
        }
        TrackingToken headToken = store.createHeadToken();
        // an empty store has no head token; a segment that has handled nothing yet has no position
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        long behind = 0;
        for (EventTrackerStatus segment : segments.values()) {
            behind = Math.max(behind, head - segment.getCurrentPosition().orElse(-1));
        }
        return behind;
    }
}
