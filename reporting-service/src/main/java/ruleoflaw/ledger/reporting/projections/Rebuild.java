package ruleoflaw.ledger.reporting.projections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import ruleoflaw.ledger.reporting.projections.RebuildProgress.Phase;

/**
 * Rebuilds the reporting projections without downtime. Each projection gets a tracking processor of its own
 * ({@code <group>-rebuild-<generation>}, so no token is ever shared) that replays the event store from its tail into
 * the next generation's collections while the live processors keep the active generation answering. Once every
 * rebuild processor has reached the store's head, the switch: the live processors stop, the rebuild processors
 * finish what the live ones had seen and stop; the active generation changes in one document update; each live
 * processor takes over its rebuild processor's dead letters and token ({@code resetTokens} to that position), and
 * starts again, now writing into the new generation. The old generation's collections are dropped a moment after
 * (queries that read them just before the switch have finished by then). If anything fails before the switch, the
 * live side goes on as it was; after it, a live processor at worst processes again what the rebuild did, which the
 * projections take as a no-op (they are idempotent).
 */
@Component
class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration RATE_WINDOW = Duration.ofSeconds(5);
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final List<RebuildableProjection> projections;
    private final Generations generations;
    private final DeadLetters deadLetters;
    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final Map<String, SequencedDeadLetterQueue<EventMessage<?>>> rebuildQueues = new ConcurrentHashMap<>();
    private final MongoTemplate mongo;
    private final Clock clock;
    private final int batchSize;
    private final Duration retireAfter;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "reporting-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final List<TrackingEventProcessor> replaying = new CopyOnWriteArrayList<>();
    private volatile Run latest;
    private volatile boolean closing;

    Rebuild(List<RebuildableProjection> projections, Generations generations, DeadLetters deadLetters,
            Configuration axon, EventStore eventStore, TokenStore tokenStore,
            MongoTemplate mongo, Clock clock,
            @Value("${ledger.reporting.rebuild.batch-size:500}") int batchSize,
            @Value("${ledger.reporting.rebuild.retire-after:PT1S}") Duration retireAfter) {
        this.projections = projections;
        this.generations = generations;
        this.deadLetters = deadLetters;
        this.processing = axon.eventProcessingConfiguration();
        this.axon = axon;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = axon.getComponent(TransactionManager.class, NoTransactionManager::instance);
        this.mongo = mongo;
        this.clock = clock;
        this.batchSize = batchSize;
        this.retireAfter = retireAfter;
    }

    /** Starts a rebuild into the next generation; 409 while one runs. */
    synchronized RebuildProgress start(String startedBy) {
        Run running = latest;
        if (running != null && !running.phase.finished()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A rebuild into generation " + running.generation
                    + " is running (" + running.phase + ", started by " + running.startedBy + "); one at a time.");
        }
        Run run = new Run(generations.active() + 1, startedBy, clock.instant());
        latest = run;
        runner.execute(() -> run(run));
        return progress();
    }

    RebuildProgress progress() {
        Run run = latest;
        return run == null ? RebuildProgress.idle(generations.active()) : run.progress(generations.active(), clock);
    }

    private void run(Run run) {
        Map<RebuildableProjection, TrackingEventProcessor> rebuilding = new LinkedHashMap<>();
        try {
            log.info("Rebuilding the reporting projections into generation {} (started by {})", run.generation,
                    run.startedBy);
            prepare(run.generation);
            run.tail = position(transactions.fetchInTransaction(eventStore::createTailToken));
            projections.forEach(projection -> rebuilding.put(projection, processor(projection, run.generation)));
            replaying.addAll(rebuilding.values());
            rebuilding.values().forEach(TrackingEventProcessor::start);
            replay(run, rebuilding);
            run.phase = Phase.SWITCHING;
            switchOver(run, rebuilding);
            replaying.clear();
            run.finish(clock.instant());
            RebuildProgress done = run.progress(generations.active(), clock);
            log.info("Rebuilt the reporting projections into generation {}: {} events in {} s ({} events/s)",
                    run.generation, done.eventsProcessed(), String.format("%.1f", done.seconds()),
                    String.format("%.0f", done.eventsPerSecond()));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            rebuilding.values().forEach(TrackingEventProcessor::shutDown);
            replaying.clear();
            run.fail(e, clock.instant());
            log.error("Rebuilding generation {} failed; generation {} answers", run.generation, generations.active(), e);
            return;
        }
        retire(run.generation - 1);
    }

    /**
     * Drops a generation no longer active, a moment after the switch: a query that read its name just before may still
     * be reading it. A rebuild started meanwhile waits for this in the one rebuild thread's queue.
     */
    private void retire(int generation) {
        try {
            Thread.sleep(retireAfter.toMillis());
            drop(generation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not drop the collections of generation {} (drop them by hand)", generation, e);
        }
    }

    /** Forgets whatever an interrupted rebuild into the same generation left behind. */
    private void prepare(int generation) {
        for (RebuildableProjection projection : projections) {
            drop(projection, generation);
            String name = rebuildName(projection, generation);
            takeTokens(name);
            SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetters.queueOf(name);
            transactions.executeInTransaction(queue::clear);
            rebuildQueues.put(name, queue);
        }
    }

    private TrackingEventProcessor processor(RebuildableProjection projection, int generation) {
        Object handlers = projection.handlersWritingInto(generation);
        String name = rebuildName(projection, generation);
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(DeadLetteringEventHandlerInvoker.builder()
                        .eventHandlers(new AnnotationEventHandlerAdapter(handlers, axon.parameterResolverFactory(),
                                axon.handlerDefinition(handlers.getClass())))
                        .queue(rebuildQueues.get(name))
                        .enableSequenceIdentifierCache()
                        .transactionManager(transactions)
                        .build())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactions)
                .trackingEventProcessorConfiguration(
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize))
                .build();
        projection.interceptors().forEach(processor::registerHandlerInterceptor);
        return processor;
    }

    private void replay(Run run, Map<RebuildableProjection, TrackingEventProcessor> rebuilding)
            throws InterruptedException {
        while (true) {
            long head = position(transactions.fetchInTransaction(eventStore::createHeadToken));
            long reached = rebuilding.values().stream().mapToLong(Rebuild::position).min().orElse(Long.MIN_VALUE);
            run.observe(head, reached, System.nanoTime());
            if (reached >= head) {
                return;
            }
            for (TrackingEventProcessor processor : rebuilding.values()) {
                if (!processor.isRunning()) {
                    throw new IllegalStateException("the rebuild processor " + processor.getName() + " stopped");
                }
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private void switchOver(Run run, Map<RebuildableProjection, TrackingEventProcessor> rebuilding)
            throws InterruptedException {
        Map<RebuildableProjection, TrackingEventProcessor> live = new LinkedHashMap<>();
        rebuilding.keySet().forEach(projection -> live.put(projection, processing
                .eventProcessorByProcessingGroup(projection.processingGroup(), TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no tracking processor " + projection.processingGroup()))));
        live.values().forEach(TrackingEventProcessor::shutDown);
        try {
            // the new generation should know at least what the old one showed when it stopped
            for (Map.Entry<RebuildableProjection, TrackingEventProcessor> entry : rebuilding.entrySet()) {
                awaitPosition(entry.getValue(), storedPosition(entry.getKey().processingGroup()));
            }
            rebuilding.values().forEach(TrackingEventProcessor::shutDown);
            Map<RebuildableProjection, TrackingToken> reached = new LinkedHashMap<>();
            rebuilding.forEach((projection, processor) -> reached.put(projection, takeTokens(processor.getName())));
            run.observe(run.head, reached.values().stream().mapToLong(Rebuild::position).min().orElse(run.head),
                    System.nanoTime());
            generations.activate(run.generation);
            log.info("Generation {} of the reporting projections is active", run.generation);
            rebuilding.forEach((projection, processor) -> {
                deadLetters.handOver(rebuildQueues.remove(processor.getName()), projection.processingGroup());
                live.get(projection).resetTokens(reached.get(projection));
            });
        } finally {
            if (!closing) {
                live.values().forEach(TrackingEventProcessor::start);
            }
        }
    }

    private void awaitPosition(TrackingEventProcessor processor, long position) throws InterruptedException {
        long giveUp = System.nanoTime() + CATCH_UP.toNanos();
        while (position(processor) < position) {
            if (System.nanoTime() > giveUp) {
                log.warn("{} did not reach {} within {}; switching anyway (the live processor catches up)",
                        processor.getName(), position, CATCH_UP);
                return;
            }
            Thread.sleep(10);
        }
    }

    /** Where a stopped processor's tokens stand (the least advanced segment). */
    private long storedPosition(String processorName) {
        long position = Long.MAX_VALUE;
        for (int segment : tokenStore.fetchSegments(processorName)) {
            position = Math.min(position, position(tokenStore.fetchToken(processorName, segment)));
            tokenStore.releaseClaim(processorName, segment);
        }
        return position == Long.MAX_VALUE ? -1 : position;
    }

    /** A stopped processor's token (a rebuild processor has one segment), deleted from the store. */
    private TrackingToken takeTokens(String processorName) {
        TrackingToken token = null;
        for (int segment : tokenStore.fetchSegments(processorName)) {
            token = tokenStore.fetchToken(processorName, segment);
            tokenStore.deleteToken(processorName, segment);
        }
        return token;
    }

    private void drop(int generation) {
        projections.forEach(projection -> drop(projection, generation));
    }

    private void drop(RebuildableProjection projection, int generation) {
        projection.collections(generation).stream().filter(mongo::collectionExists).forEach(mongo::dropCollection);
    }

    private static String rebuildName(RebuildableProjection projection, int generation) {
        return projection.processingGroup() + "-rebuild-" + generation;
    }

    /** The global index a running processor has processed up to; before it claimed its segment, less than any. */
    private static long position(TrackingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return Long.MIN_VALUE;
        }
        return status.values().stream().mapToLong(segment -> position(segment.getTrackingToken())).min().orElse(-1);
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    @EventListener(ContextClosedEvent.class)
    void close() {
        closing = true;
        runner.shutdownNow();
        replaying.forEach(TrackingEventProcessor::shutDown);
    }

    /** One rebuild, as its thread sees it; read by progress requests. */
    private static final class Run {

        final int generation;
        final String startedBy;
        final Instant startedAt;
        final Deque<long[]> window = new ArrayDeque<>();
        volatile Phase phase = Phase.REPLAYING;
        volatile long tail = -1;
        volatile long head = -1;
        volatile long processed;
        volatile double rate;
        volatile Instant finishedAt;
        volatile String error;

        Run(int generation, String startedBy, Instant startedAt) {
            this.generation = generation;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        /** The store's head, how far the rebuild got, and the rate over the last few seconds. */
        synchronized void observe(long head, long reached, long nanos) {
            this.head = Math.max(this.head, head);
            processed = Math.max(processed, Math.max(0, reached - tail));
            window.addLast(new long[] {nanos, processed});
            while (window.size() > 2 && nanos - window.peekFirst()[0] > RATE_WINDOW.toNanos()) {
                window.removeFirst();
            }
            long[] first = window.peekFirst();
            rate = nanos > first[0] ? (processed - first[1]) * 1e9 / (nanos - first[0]) : 0;
        }

        void finish(Instant at) {
            finishedAt = at;
            phase = Phase.DONE;
        }

        void fail(Exception e, Instant at) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            finishedAt = at;
            phase = Phase.FAILED;
        }

        RebuildProgress progress(int activeGeneration, Clock clock) {
            Instant until = finishedAt == null ? clock.instant() : finishedAt;
            double seconds = Duration.between(startedAt, until).toMillis() / 1000.0;
            long total = Math.max(0, head - tail);
            long done = Math.min(processed, total);
            double perSecond = phase == Phase.DONE ? (seconds > 0 ? done / seconds : 0) : rate;
            Long eta = phase.finished() ? Long.valueOf(0) : perSecond > 0 ? Math.round((total - done) / perSecond) : null;
            return new RebuildProgress(phase, activeGeneration, generation, startedBy, startedAt, finishedAt, done, total,
                    Math.round(perSecond * 10) / 10.0, eta, seconds, error);
        }
    }
}
