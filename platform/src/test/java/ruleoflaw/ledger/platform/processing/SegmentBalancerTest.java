package ruleoflaw.ledger.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import com.mongodb.client.MongoClient;

import ruleoflaw.ledger.platform.TestPlatformApplication;
import ruleoflaw.ledger.platform.testing.TestBackendsInitializer;

/**
 * Two instances of one tracking processor over the service's PostgreSQL event store and a MongoDB token store, each
 * with its own {@link SegmentBalancer} (issue 26): they share the processor's two segments, every event is handled
 * once in all, and when one dies (its claims left behind, unrefreshed) the other takes its segment over once the claim
 * lapses.
 */
@SpringBootTest(classes = TestPlatformApplication.class, properties = "ledger.security.context=study")
@ContextConfiguration(initializers = TestBackendsInitializer.class)
class SegmentBalancerTest {

    record Noted(String id, int n) {
    }

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(2);

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TransactionManager axonTransactions;
    @Autowired
    MongoClient mongo;
    @Autowired
    MongoProperties mongoProperties;
    @Autowired
    @Qualifier("serializer")
    Serializer serializer;

    private final String processorName = "balancer-test-" + UUID.randomUUID();
    /** How many times each event was handled, by either instance. */
    private final Map<String, Integer> handled = new ConcurrentHashMap<>();
    private final Set<String> handledBy = ConcurrentHashMap.newKeySet();
    private final List<Instance> started = new java.util.ArrayList<>();
    private int published;

    /** One instance of the service, as far as the processor goes: its token store's owner, processor and balancer. */
    private final class Instance {

        final String owner;
        final MongoTokenStore tokens;
        final TrackingEventProcessor processor;
        final SegmentBalancer balancer;

        Instance(String owner) {
            this(owner, 2);
        }

        /** {@code segments}: how many the processor's tokens start with, if it has none yet. */
        Instance(String owner, int segments) {
            this.owner = owner;
            ProcessorClaims claims = new ProcessorClaims(owner, CLAIM_TIMEOUT);
            tokens = MongoTokenStore.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder()
                            .mongoDatabase(mongo, mongoProperties.getMongoClientDatabase()).build())
                    .serializer(serializer)
                    .nodeId(claims.owner())
                    .claimTimeout(claims.timeout())
                    .build();
            processor = TrackingEventProcessor.builder()
                    .name(processorName)
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Object() {
                        @EventHandler
                        void on(Noted noted) {
                            handled.merge(noted.id() + "/" + noted.n(), 1, Integer::sum);
                            handledBy.add(owner);
                        }
                    }).build())
                    .messageSource(eventStore)
                    .tokenStore(tokens)
                    .transactionManager(axonTransactions)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forParallelProcessing(2)
                            .andInitialSegmentsCount(segments)
                            .andInitialTrackingToken(StreamableMessageSource::createHeadToken)
                            .andTokenClaimInterval(200, TimeUnit.MILLISECONDS))
                    .build();
            balancer = new SegmentBalancer(jdbc, claims, () -> List.of(processor), tokens, axonTransactions);
        }

        Instance start() {
            processor.start();
            balancer.start();
            started.add(this);
            return this;
        }

        Set<Integer> segments() {
            return processor.processingStatus().keySet();
        }

        /**
         * Dies: stops processing and beating, and leaves its claims behind as a killed process would (taken again in
         * its name after its processor released them on the way down).
         */
        void die() {
            Set<Integer> held = Set.copyOf(segments());
            balancer.stop();
            processor.shutDown();
            held.forEach(segment -> axonTransactions.executeInTransaction(
                    () -> tokens.fetchToken(processorName, segment)));
        }
    }

    @AfterEach
    void stopInstances() {
        started.forEach(instance -> {
            instance.balancer.stop();
            instance.processor.shutDown();
        });
    }

    @Test
    void twoInstancesShareTheSegmentsHandleEachEventOnceAndTheSurvivorTakesOverFromTheOneThatDies() {
        Instance a = new Instance("a").start();
        await().atMost(Duration.ofSeconds(10)).until(() -> a.segments().size() == 2);
        publishAndAwaitHandled(20);

        Instance b = new Instance("b").start();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(a.segments()).hasSize(1);
            assertThat(b.segments()).hasSize(1);
        });
        publishAndAwaitHandled(40);
        assertThat(handledBy).containsExactlyInAnyOrder("a", "b");

        long died = System.nanoTime();
        b.die();
        await().atMost(CLAIM_TIMEOUT.plusSeconds(4)).until(() -> a.segments().size() == 2);
        Duration takenOver = Duration.ofNanos(System.nanoTime() - died);
        assertThat(takenOver).as("taken over once the claim lapsed").isGreaterThanOrEqualTo(CLAIM_TIMEOUT.minusMillis(500));
        publishAndAwaitHandled(20);
        assertThat(a.segments()).hasSize(2);
    }

    @Test
    void anInstanceAloneKeepsEverySegment() throws InterruptedException {
        Instance a = new Instance("alone").start();
        await().atMost(Duration.ofSeconds(10)).until(() -> a.segments().size() == 2);
        Thread.sleep(CLAIM_TIMEOUT.toMillis()); // several beats
        assertThat(a.segments()).hasSize(2);
        publishAndAwaitHandled(10);
    }

    @Test
    void aStoreWithFewerSegmentsThanTheProcessorHasThreadsIsSplit() {
        Instance a = new Instance("splitting", 1).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> a.segments().size() == 2);
        assertThat(a.tokens.fetchSegments(processorName)).containsExactlyInAnyOrder(0, 1);
        publishAndAwaitHandled(10);
    }

    /** Publishes {@code count} events of as many records and waits until each was handled, and once. */
    private void publishAndAwaitHandled(int count) {
        List<String> ids = IntStream.range(0, count).mapToObj(n -> processorName + "-" + (published + n)).toList();
        transaction.executeWithoutResult(status -> ids.forEach(id -> eventStore.publish(
                new GenericDomainEventMessage<>("Sample", id, 0, new Noted(id, 0)))));
        published += count;
        await().atMost(Duration.ofSeconds(20)).until(() -> handled.size() == published);
        assertThat(handled.values()).as("each event handled once").containsOnly(1);
    }
}
