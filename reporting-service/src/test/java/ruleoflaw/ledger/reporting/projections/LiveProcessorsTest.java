package ruleoflaw.ledger.reporting.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

class LiveProcessorsTest {

    @Test
    void everyProcessorIsToldToStopBeforeAnyHasStoppedAndTheStopEndsWithTheLast() throws Exception {
        List<CompletableFuture<Void>> stops = Stream.generate(CompletableFuture<Void>::new).limit(3).toList();
        List<TrackingEventProcessor> processors = stops.stream().map(LiveProcessorsTest::stoppingWith).toList();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> LiveProcessors.stopTogether(processors));

        // one after another, the second would be told only once the first had stopped
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> processors.forEach(p -> verify(p).shutdownAsync()));
        stops.get(0).complete(null);
        stops.get(2).complete(null);
        assertThat(stopped).isNotDone();
        stops.get(1).complete(null);
        stopped.get(5, TimeUnit.SECONDS);
    }

    private static TrackingEventProcessor stoppingWith(CompletableFuture<Void> stop) {
        TrackingEventProcessor processor = mock(TrackingEventProcessor.class);
        when(processor.shutdownAsync()).thenReturn(stop);
        return processor;
    }
}
