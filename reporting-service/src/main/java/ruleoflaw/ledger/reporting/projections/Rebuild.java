package ruleoflaw.ledger.reporting.projections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
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

import ruleoflaw.ledger.platform.processing.Liveness;
import org.springframework.web.server.ResponseStatusException;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import ruleoflaw.ledger.reporting.projections.RebuildProgress.Phase;
import ruleoflaw.ledger.reporting.projections.RebuildRuns.Stored;

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
 * <p>
 * With several instances: the run is claimed in the shared {@link RebuildRuns} document (one at a time across
 * instances; any instance answers its progress from there) and runs on the instance that started it. At the switch it
 * announces SWITCHING and waits until every instance that follows the rebuilds ({@link RebuildFollower}) has stopped
 * its live processors and no live segment is claimed (a claim of an instance that died expires), at most
 * {@code ledger.reporting.rebuild.switch-timeout}, else the run fails and nothing switches. The others start theirs
 * again, in the new generation, once the run is done.
 */
@Component
class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration RATE_WINDOW = Duration.ofSeconds(5);
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    /** Axon's collection of tracking tokens (the platform's token store keeps its default). */
    private static final String TOKENS = "trackingtokens";

    private final List<RebuildableProjection> projections;
    private final Generations generations;
    private final RebuildRuns runs;
    private final LiveProcessors live;
    private final DeadLetters deadLetters;
    private final Configuration axon;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final Map<String, SequencedDeadLetterQueue<EventMessage<?>>> rebuildQueues = new ConcurrentHashMap<>();
    private final MongoTemplate mongo;
    private final Clock clock;
    private final int batchSize;
    private final Duration retireAfter;
    private final Duration switchTimeout;
    private final Duration claimTimeout;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "reporting-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final List<TrackingEventProcessor> replaying = new CopyOnWriteArrayList<>();
    private volatile Run latest;
    private volatile boolean closing;

    Rebuild(List<RebuildableProjection> projections, Generations generations, RebuildRuns runs, LiveProcessors live,
            DeadLetters deadLetters, Configuration axon, EventStore eventStore, TokenStore tokenStore,
            MongoTemplate mongo, Clock clock,
            @Value("${ledger.reporting.rebuild.batch-size:2000}") int batchSize,
            @Value("${ledger.reporting.rebuild.retire-after:PT1S}") Duration retireAfter,
            @Value("${ledger.reporting.generation-poll:PT1S}") Duration poll,
            @Value("${ledger.reporting.rebuild.switch-timeout:PT30S}") Duration switchTimeout,
            @Value("${ledger.processors.claim-timeout:PT10S}") Duration claimTimeout) {
        this.projections = projections;
        this.generations = generations;
        this.runs = runs;
        this.live = live;
        this.deadLetters = deadLetters;
        this.axon = axon;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = axon.getComponent(TransactionManager.class, NoTransactionManager::instance);
        this.mongo = mongo;
        this.clock = clock;
        this.batchSize = batchSize;
        // the other instances read the old generation until their next poll
        this.retireAfter = retireAfter.compareTo(poll.multipliedBy(3)) > 0 ? retireAfter : poll.multipliedBy(3);
        this.switchTimeout = switchTimeout;
        this.claimTimeout = claimTimeout;
    }

    /** Starts a rebuild into the next generation on this instance; 409 while one runs on any. */
    synchronized RebuildProgress start(String startedBy) {
        Run run = new Run(UUID.randomUUID().toString(), generations.refresh() + 1, startedBy);
        if (!runs.claim(run.id, run.generation, live.instance(), startedBy)) {
            String running = runs.latest().map(other -> "A rebuild into generation " + other.generation() + " is running ("
                    + other.phase() + ", started by " + other.startedBy() + " on " + other.instance() + ")")
                    .orElse("A rebuild is running");
            throw new ResponseStatusException(HttpStatus.CONFLICT, running + "; one at a time.");
        }
        latest = run;
        runner.execute(() -> run(run));
        return progress();
    }

    /** The latest rebuild of any instance, as it last said. */
    RebuildProgress progress() {
        int active = generations.refresh();
        return runs.latest().map(run -> progress(run, active)).orElseGet(() -> RebuildProgress.idle(active));
    }

    /** Whether the run is this instance's. */
    boolean runsHere(String runId) {
        Run run = latest;
        return run != null && run.id.equals(runId);
    }

    private void run(Run run) {
        Map<RebuildableProjection, TrackingEventProcessor> rebuilding = new LinkedHashMap<>();
        try {
            log.info("Rebuilding the reporting projections into generation {} (started by {})", run.generation,
                    run.startedBy);
            prepare(run.generation);
            run.tail = position(transactions.fetchInTransaction(eventStore::createTailToken));
            publish(run);
            projections.forEach(projection -> rebuilding.put(projection, processor(projection, run.generation)));
            replaying.addAll(rebuilding.values());
            rebuilding.values().forEach(TrackingEventProcessor::start);
            replay(run, rebuilding);
            switchOver(run, rebuilding);
            replaying.clear();
            run.finish(clock.instant());
            publish(run);
            RebuildProgress done = progress();
            log.info("Rebuilt the reporting projections into generation {}: {} events in {} s ({} events/s)",
                    run.generation, done.eventsProcessed(), String.format("%.1f", done.seconds()),
                    String.format("%.0f", done.eventsPerSecond()));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LiveProcessors.stopTogether(rebuilding.values());
            replaying.clear();
            run.fail(e, clock.instant());
            try {
                publish(run);
            } catch (RuntimeException unpublished) {
                e.addSuppressed(unpublished); // the run counts as failed once its heartbeat is old
            }
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
            publish(run);
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
        Map<RebuildableProjection, TrackingEventProcessor> liveProcessors = live.byProjection();
        run.phase = Phase.SWITCHING;
        publish(run);
        live.pause();
        try {
            runs.paused(run.id, live.instance());
            awaitEveryInstancePaused(run);
            // the new generation should know at least what the old one showed when it stopped
            for (Map.Entry<RebuildableProjection, TrackingEventProcessor> entry : rebuilding.entrySet()) {
                awaitPosition(entry.getValue(), storedPosition(entry.getKey().processingGroup()));
            }
            LiveProcessors.stopTogether(rebuilding.values());
            Map<RebuildableProjection, TrackingToken> reached = new LinkedHashMap<>();
            rebuilding.forEach((projection, processor) -> reached.put(projection, takeTokens(processor.getName())));
            run.observe(run.head, reached.values().stream().mapToLong(Rebuild::position).min().orElse(run.head),
                    System.nanoTime());
            generations.activate(run.generation);
            log.info("Generation {} of the reporting projections is active", run.generation);
            rebuilding.forEach((projection, processor) -> {
                deadLetters.handOver(rebuildQueues.remove(processor.getName()), projection.processingGroup());
                liveProcessors.get(projection).resetTokens(reached.get(projection));
            });
        } finally {
            if (!closing) {
                live.resume();
            }
        }
    }

    /**
     * Until every instance following the rebuilds has paused its live processors for this run, and no live segment is
     * claimed (a claim its instance no longer renews counts as released once it expires).
     */
    private void awaitEveryInstancePaused(Run run) throws InterruptedException {
        long giveUp = System.nanoTime() + switchTimeout.toNanos();
        while (true) {
            Set<String> waitingFor = new TreeSet<>(runs.present());
            waitingFor.remove(live.instance());
            runs.latest().filter(stored -> stored.runId().equals(run.id))
                    .ifPresent(stored -> waitingFor.removeAll(stored.paused()));
            List<String> claimed = claimedLiveSegments();
            if (waitingFor.isEmpty() && claimed.isEmpty()) {
                return;
            }
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("the live projections did not stop for the switch within "
                        + switchTimeout + " (instances not paused: " + waitingFor + "; segments still claimed: "
                        + claimed + ")");
            }
            publish(run);
            Thread.sleep(50);
        }
    }

    private List<String> claimedLiveSegments() {
        long expired = Liveness.now().minus(claimTimeout).toEpochMilli();
        List<String> claimed = new ArrayList<>();
        mongo.getCollection(TOKENS).find(Filters.in("processorName", live.groups())).forEach(token -> {
            Object at = token.get("timestamp");
            long claimedAt = at instanceof Number millis ? millis.longValue()
                    : at instanceof Date date ? date.getTime() : Long.MAX_VALUE;
            if (token.get("owner") != null && claimedAt > expired) {
                claimed.add(token.get("processorName") + "/" + token.get("segment") + " by " + token.get("owner"));
            }
        });
        return claimed;
    }

    /** The run's state and heartbeat, for every instance to see. */
    private void publish(Run run) {
        runs.update(run.id, Updates.set("phase", run.phase.name()), Updates.set("tail", run.tail),
                Updates.set("head", run.head), Updates.set("processed", run.processed), Updates.set("rate", run.rate),
                Updates.set("error", run.error),
                Updates.set("finishedAt", run.finishedAt == null ? null : Date.from(run.finishedAt)));
    }

    private RebuildProgress progress(Stored run, int activeGeneration) {
        Instant until = run.finishedAt() == null ? clock.instant() : run.finishedAt();
        double seconds = run.startedAt() == null ? 0 : Duration.between(run.startedAt(), until).toMillis() / 1000.0;
        long total = Math.max(0, run.head() - run.tail());
        long done = Math.max(0, Math.min(run.processed(), total));
        Phase phase = run.phase();
        double perSecond = phase == Phase.DONE ? (seconds > 0 ? done / seconds : 0) : run.rate();
        Long eta = phase.finished() ? Long.valueOf(0) : perSecond > 0 ? Math.round((total - done) / perSecond) : null;
        return new RebuildProgress(phase, activeGeneration, run.generation(), run.startedBy(), run.startedAt(),
                run.finishedAt(), done, total, Math.round(perSecond * 10) / 10.0, eta, seconds, run.error());
    }

    private void awaitPosition(TrackingEventProcessor processor, long position) throws InterruptedException {
        long giveUp = System.nanoTime() + CATCH_UP.toNanos();
        while (position(processor) < position) {
            publish(latest);
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
        LiveProcessors.stopTogether(replaying);
    }

    /** One rebuild, as its thread sees it; published to {@link RebuildRuns} as it goes. */
    private static final class Run {

        final String id;
        final int generation;
        final String startedBy;
        final Deque<long[]> window = new ArrayDeque<>();
        volatile Phase phase = Phase.REPLAYING;
        volatile long tail = -1;
        volatile long head = -1;
        volatile long processed;
        volatile double rate;
        volatile Instant finishedAt;
        volatile String error;

        Run(String id, int generation, String startedBy) {
            this.id = id;
            this.generation = generation;
            this.startedBy = startedBy;
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
    }
}
