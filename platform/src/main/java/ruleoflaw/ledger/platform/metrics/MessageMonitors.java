package ruleoflaw.ledger.platform.metrics;

import java.util.List;
import java.util.function.Function;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;

/**
 * Axon's message monitors (axon-micrometer) without its capacity monitor. That one keeps every handled message's
 * time for ten minutes in a sorted map: a replay of a million events left 2.4 million entries in reporting-service's
 * 320 MB heap, and the collector then took three times the records processor's CPU (jmap histogram and thread CPU
 * times during {@code bin/suite bench --departments 60}). Nothing reads it: the dashboard's Axon meters are the
 * timers, counters and processor latency, which stay as Axon names them.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
@ConditionalOnClass(GlobalMetricRegistry.class)
public class MessageMonitors {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters) {
        return new WithoutCapacity(meters);
    }

    static final class WithoutCapacity extends GlobalMetricRegistry {

        WithoutCapacity(MeterRegistry meters) {
            super(meters);
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name,
                Function<Message<?>, Iterable<Tag>> tags, Function<Message<?>, Iterable<Tag>> latencyTags) {
            return new MultiMessageMonitor<>(List.of(
                    MessageTimerMonitor.buildMonitor(name, getRegistry(), tags),
                    EventProcessorLatencyMonitor.builder().meterNamePrefix(name).meterRegistry(getRegistry())
                            .tagsBuilder(latencyTags).build(),
                    MessageCountingMonitor.buildMonitor(name, getRegistry(), tags)));
        }

        @Override
        public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name,
                Function<Message<?>, Iterable<Tag>> tags) {
            return handlerMonitors(name, tags);
        }

        @Override
        public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String name,
                Function<Message<?>, Iterable<Tag>> tags) {
            return handlerMonitors(name, tags);
        }

        private MessageMonitor<Message<?>> handlerMonitors(String name, Function<Message<?>, Iterable<Tag>> tags) {
            return new MultiMessageMonitor<>(List.of(
                    MessageTimerMonitor.buildMonitor(name, getRegistry(), tags),
                    MessageCountingMonitor.buildMonitor(name, getRegistry(), tags)));
        }
    }
}
