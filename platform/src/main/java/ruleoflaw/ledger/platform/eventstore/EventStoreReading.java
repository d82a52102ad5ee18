package ruleoflaw.ledger.platform.eventstore;

import java.time.Duration;
import java.util.stream.Stream;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import jakarta.persistence.EntityManagerFactory;

/**
 * Axon's JPA event store as its own auto-configuration makes it, with these changes:
 * <ul>
 * <li>it reads {@code ledger.eventstore.read-batch-size} events per query (Axon's default is 100): a replay of a million
 * events then costs a thousand queries per processor instead of ten thousand;</li>
 * <li>the processors that follow the head share what one reader fetches for them (Axon's), and that reader fetches
 * {@link #FOLLOWED_EVENTS} at most at a time ({@link ChunkedForFollowers}). Axon's reader keeps every event of one
 * fetch in memory until the fetch ends, and a fetch ends only when a query returns less than a full batch: under a
 * bulk write that never happens. The bench's generator (300,000 events at 7,000–11,000 events/s) filled
 * reporting-service's and disclosure-service's heaps with 158,000 events of one fetch (heap dump: the chain of
 * {@code EmbeddedEventStore$Node} held by the fetching thread's frame) and both ended in OutOfMemoryError;</li>
 * <li>those processors share the last {@link #FOLLOWED_EVENTS} events (Axon: 10,000), and one that fell behind them
 * reads the store itself within a second ({@link #FOLLOWERS_LET_GO_AFTER_MS}; Axon: 10 s, all that time holding
 * every event written since).</li>
 * <li>that reader looks for events other processes wrote every {@code ledger.eventstore.fetch-delay} (Axon: 1 s); a
 * write in this process wakes it at once.</li>
 * </ul>
 * Not used with Axon Server, whose event store comes first.
 */
@AutoConfiguration(
        afterName = {"org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration",
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration"},
        beforeName = {"org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@ConditionalOnBean(EntityManagerFactory.class)
@ConditionalOnMissingBean({EventStorageEngine.class, EventBus.class, EventStore.class})
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class EventStoreReading {

    /** Events kept in memory for the processors that follow the head, and the most fetched for them at a time. */
    static final int FOLLOWED_EVENTS = 2_000;
    /** How often processors that fell behind {@link #FOLLOWED_EVENTS} are sent to read the store themselves. */
    static final long FOLLOWERS_LET_GO_AFTER_MS = 1_000;

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
            @Value("${ledger.eventstore.fetch-delay}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .cachedEvents(FOLLOWED_EVENTS)
                .cleanupDelay(FOLLOWERS_LET_GO_AFTER_MS)
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
            @Qualifier("eventSerializer") Serializer eventSerializer, org.axonframework.config.Configuration axon,
            EntityManagerProvider entityManagers, TransactionManager transactions,
            @Value("${ledger.eventstore.read-batch-size}") int readBatchSize) {
        return new ChunkedForFollowers(JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions)
                .batchSize(readBatchSize));
    }

    /**
     * The JPA engine whose stream for the processors following the head (the only one read with {@code mayBlock}) ends
     * after {@link #FOLLOWED_EVENTS} events; the reader then fetches again from there at once.
     */
    static final class ChunkedForFollowers extends JpaEventStorageEngine {

        ChunkedForFollowers(JpaEventStorageEngine.Builder builder) {
            super(builder);
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            Stream<? extends TrackedEventMessage<?>> events = super.readEvents(trackingToken, mayBlock);
            return mayBlock ? events.limit(FOLLOWED_EVENTS) : events;
        }
    }
}
