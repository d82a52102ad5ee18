package ruleoflaw.ledger.reporting.projections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The events a projection's handler failed on, kept in Axon's sequenced dead-letter queue (table
 * {@code dead_letter_entry}, one queue per processing group): while an aggregate's event is dead, its later events
 * wait behind it, and the processor goes on with the other aggregates. Retrying hands a sequence back to the live
 * handlers; evicting drops it. The queues' sizes are the gauge {@value #SIZE_METRIC}. The queues live in
 * reporting-service's PostgreSQL in both modes, with or without Axon Server.
 */
@Component
class DeadLetters {

    static final String SIZE_METRIC = "ledger.deadletters.size";

    private final EventProcessingConfiguration processing;
    private final List<String> groups;
    private final EntityManagerProvider entityManagers;
    private final TransactionManager transactions;
    private final Serializer serializer;
    private final Serializer eventSerializer;

    DeadLetters(Configuration axon, List<RebuildableProjection> projections, MeterRegistry meters,
            EntityManagerProvider entityManagers,
            @Qualifier("serializer") Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.processing = axon.eventProcessingConfiguration();
        this.groups = projections.stream().map(RebuildableProjection::processingGroup).sorted().toList();
        this.entityManagers = entityManagers;
        this.transactions = axon.getComponent(TransactionManager.class, NoTransactionManager::instance);
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
        groups.forEach(group -> Gauge.builder(SIZE_METRIC, this, letters -> letters.size(group))
                .description("Events a reporting projection failed on, waiting in its dead-letter queue")
                .tag("processingGroup", group)
                .register(meters));
    }

    /** One dead event: what it was, when it was put aside and why. */
    record Letter(String eventId, String eventType, String aggregateId, Long aggregateSequence, Long globalIndex,
            Instant enqueuedAt, Instant lastTouched, String causeType, String cause) {
    }

    /** The dead events of one aggregate in one processing group, oldest first. */
    record Sequence(String processingGroup, String sequenceId, List<Letter> letters) {
    }

    synchronized List<Sequence> list() {
        List<Sequence> sequences = new ArrayList<>();
        for (String group : groups) {
            if (queue(group).isEmpty()) {
                continue;
            }
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).get().deadLetters()) {
                List<Letter> letters = new ArrayList<>();
                String sequenceId = null;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    sequenceId = sequenceOf(letter);
                    letters.add(letterOf(letter));
                }
                if (sequenceId != null) {
                    sequences.add(new Sequence(group, sequenceId, letters));
                }
            }
        }
        return sequences;
    }

    long size(String group) {
        return queue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    long size() {
        return groups.stream().mapToLong(this::size).sum();
    }

    /**
     * Hands the sequence back to the live handlers, in every group that holds it: its letters are processed in order
     * until one fails again (it stays, with the new cause). Returns the letters still dead, or -1 if none were.
     */
    synchronized long retry(String sequenceId) {
        long remaining = -1;
        for (String group : groups) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group).orElse(null);
            if (queue != null && queue.contains(sequenceId)) {
                processor(group).process(letter -> sequenceId.equals(sequenceOf(letter)));
                remaining = Math.max(remaining, 0) + queue.sequenceSize(sequenceId);
            }
        }
        return remaining;
    }

    /** Retries every sequence once; returns how many came back to life entirely. */
    synchronized int retryAll() {
        int revived = 0;
        for (Sequence sequence : list()) {
            if (retry(sequence.sequenceId()) == 0) {
                revived++;
            }
        }
        return revived;
    }

    /** Drops the sequence's letters in every group that holds it; returns how many. */
    synchronized int evict(String sequenceId) {
        int evicted = 0;
        for (String group : groups) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group).orElse(null);
            if (queue == null) {
                continue;
            }
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            queue.deadLetterSequence(sequenceId).forEach(letters::add);
            transactions.executeInTransaction(() -> letters.forEach(queue::evict));
            evicted += letters.size();
        }
        return evicted;
    }

    /** A queue of its own for a processor outside the live configuration (a rebuild's), built like the live ones. */
    SequencedDeadLetterQueue<EventMessage<?>> queueOf(String processingGroup) {
        return JpaSequencedDeadLetterQueue.builder()
                .processingGroup(processingGroup)
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    /**
     * At a rebuild's switch, while the live processor of {@code to} is stopped: the live letters are of the old
     * generation (the rebuild processed their events again), so they go, and the rebuild's letters become the live ones.
     */
    synchronized void handOver(SequencedDeadLetterQueue<EventMessage<?>> rebuilt, String to) {
        SequencedDeadLetterQueue<EventMessage<?>> live = queue(to).orElse(null);
        transactions.executeInTransaction(() -> {
            if (live != null) {
                live.clear();
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : rebuilt.deadLetters()) {
                    for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                        live.enqueue(sequenceOf(letter), letter);
                    }
                }
            }
            rebuilt.clear();
        });
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String group) {
        return processing.sequencedDeadLetterProcessor(group).orElseThrow();
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JpaDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }

    private static Letter letterOf(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Long globalIndex = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent() ? tracked.trackingToken().position().getAsLong() : null;
        Cause cause = letter.cause().orElse(null);
        return new Letter(event.getIdentifier(), event.getPayloadType().getName(),
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getSequenceNumber(),
                globalIndex, letter.enqueuedAt(), letter.lastTouched(), cause == null ? null : cause.type(),
                cause == null ? null : cause.message());
    }
}
