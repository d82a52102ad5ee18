package ruleoflaw.ledger.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

class ProcessorLagMetricsTest {

    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final EventStore store = mock(EventStore.class);

    @Test
    void theLagIsHowFarTheSlowestSegmentIsBehindTheHead() {
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(41));
        Map<Integer, EventTrackerStatus> segments = Map.of(0, at(40L), 1, at(36L));
        when(processor.processingStatus()).thenReturn(segments);
        assertThat(ProcessorLagMetrics.lag(processor, store)).isEqualTo(5.0);
    }

    @Test
    void aSegmentThatHandledNothingYetIsBehindByTheWholeStore() {
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(9));
        Map<Integer, EventTrackerStatus> segments = Map.of(0, at(null));
        when(processor.processingStatus()).thenReturn(segments);
        assertThat(ProcessorLagMetrics.lag(processor, store)).isEqualTo(10.0);
    }

    @Test
    void nothingIsBehindInAnEmptyStore() {
        when(store.createHeadToken()).thenReturn(null);
        Map<Integer, EventTrackerStatus> segments = Map.of(0, at(null));
        when(processor.processingStatus()).thenReturn(segments);
        assertThat(ProcessorLagMetrics.lag(processor, store)).isZero();
    }

    @Test
    void withoutSegmentsHereThereIsNoNumber() {
        when(store.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(9));
        when(processor.processingStatus()).thenReturn(Map.of());
        assertThat(ProcessorLagMetrics.lag(processor, store)).isNaN();
    }

    private static EventTrackerStatus at(Long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(position == null ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(position));
        return status;
    }
}
