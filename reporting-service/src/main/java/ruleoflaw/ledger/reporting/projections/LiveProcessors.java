package ruleoflaw.ledger.reporting.projections;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's live processors of the rebuildable projections, which a rebuild's switch stops and starts again, and
 * the name this instance goes by ({@code ledger.instance.name}; else the JVM's, as Axon names a token's owner).
 */
@Component
class LiveProcessors {

    private final Configuration axon;
    private final List<RebuildableProjection> projections;
    private final String instance;

    LiveProcessors(Configuration axon, List<RebuildableProjection> projections,
            @Value("${ledger.instance.name:}") String instance) {
        this.axon = axon;
        this.projections = projections;
        this.instance = instance.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : instance.strip();
    }

    String instance() {
        return instance;
    }

    List<String> groups() {
        return projections.stream().map(RebuildableProjection::processingGroup).toList();
    }

    Map<RebuildableProjection, TrackingEventProcessor> byProjection() {
        Map<RebuildableProjection, TrackingEventProcessor> live = new LinkedHashMap<>();
        projections.forEach(projection -> live.put(projection, axon.eventProcessingConfiguration()
                .eventProcessorByProcessingGroup(projection.processingGroup(), TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no tracking processor " + projection.processingGroup()))));
        return live;
    }

    /** Stops them; stopping releases their segments' claims in the token store. */
    void pause() {
        stopTogether(byProjection().values());
    }

    /**
     * Stops the processors at once and returns when all have: each takes up to a second (its worker waits that long
     * for events), and one after another the switch of a rebuild took six.
     */
    static void stopTogether(Collection<TrackingEventProcessor> processors) {
        CompletableFuture.allOf(processors.stream().map(TrackingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
    }

    void resume() {
        byProjection().values().forEach(TrackingEventProcessor::start);
    }
}
