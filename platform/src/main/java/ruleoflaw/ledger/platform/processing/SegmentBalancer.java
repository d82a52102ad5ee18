package ruleoflaw.ledger.platform.processing;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares each tracking processor's segments among the instances of a service that run it (issue 26). Axon lets
 * any instance claim a segment that is unclaimed, or whose claim was not refreshed for the token store's claim
 * timeout (its instance died), but not share them: the first instance to start claims as many as it has threads.
 * So every instance says, once a beat, in the shared PostgreSQL table {@code processor_instance}, that it runs the
 * processor; counts the instances heard from lately; and, holding more than its fair share (the processor's
 * segments divided by the instances, rounded up), releases the excess for a while, for another instance to claim.
 * With one instance it keeps them all. An instance that dies stops beating before its claims lapse: the others then
 * count one fewer and take its segments over once the claims lapse, within the claim timeout and a second.
 * A tracking processor given more threads than it has segments (a store made before it had them) has one of its
 * segments split per beat until there are as many: more segments than threads would leave some unprocessed by an
 * instance left alone, so a processor of one thread keeps one segment, which fails over but is not shared.
 */
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final ProcessorClaims claims;
    private final Supplier<Collection<EventProcessor>> processors;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    /** A split asked of a processor and not yet done: one at a time (the processor's worker does it between batches). */
    private final Map<String, CompletableFuture<Boolean>> splitting = new ConcurrentHashMap<>();
    private ScheduledExecutorService beats;
    private volatile boolean failing;

    /**
     * {@code processors}: this instance's processors (asked each beat); {@code tokens}: their token store, read in
     * {@code transactions}.
     */
    public SegmentBalancer(JdbcTemplate jdbc, ProcessorClaims claims, Supplier<Collection<EventProcessor>> processors,
            TokenStore tokens, TransactionManager transactions) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.processors = processors;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** How often an instance says it runs its processors: five times per claim timeout. */
    Duration beat() {
        return claims.timeout().dividedBy(5);
    }

    /** How lately an instance must have said so to count: it stops counting before its claims lapse. */
    Duration liveness() {
        return claims.timeout().multipliedBy(3).dividedBy(5);
    }

    @Override
    public synchronized void start() {
        beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        beats.scheduleWithFixedDelay(this::balanceAll, 0, beat().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (beats == null) {
            return;
        }
        beats.shutdownNow();
        beats = null;
        try {
            jdbc.update("delete from processor_instance where owner = ?", claims.owner());
        } catch (RuntimeException e) {
            log.debug("Could not say that {} stopped processing: {}", claims.owner(), e.getMessage());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return beats != null;
    }

    /** Starts after Axon's processors and stops before them: it no longer says it runs them when they stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    void balanceAll() {
        try {
            for (EventProcessor processor : processors.get()) {
                if (processor instanceof StreamingEventProcessor streaming && processor.isRunning()) {
                    balance(streaming);
                }
            }
            if (failing) {
                log.info("Sharing processor segments with the other instances again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // the database away: claims are kept as they are, and the next beat tries again
            if (!failing) {
                log.warn("Could not share processor segments with the other instances just now: {}", e.getMessage());
                failing = true;
            }
        }
    }

    void balance(StreamingEventProcessor processor) {
        String name = processor.getName();
        jdbc.update("""
                insert into processor_instance (processor_name, owner, seen_at) values (?, ?, now())
                on conflict (processor_name, owner) do update set seen_at = now()""", name, claims.owner());
        jdbc.update("delete from processor_instance where processor_name = ? and seen_at < now() - interval '1 day'",
                name);
        int live = jdbc.queryForObject("""
                select count(*) from processor_instance
                where processor_name = ? and seen_at > now() - make_interval(secs => ?)""", Integer.class, name,
                liveness().toMillis() / 1000.0);
        int segments = transactions.fetchInTransaction(() -> tokens.fetchSegments(name)).length;
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        if (held.isEmpty() || segments == 0) {
            return;
        }
        CompletableFuture<Boolean> split = splitting.get(name);
        if (split != null && !split.isDone()) {
            return;
        }
        if (processor instanceof TrackingEventProcessor && segments < processor.maxCapacity()) {
            EventTrackerStatus widest = held.values().stream()
                    .min(Comparator.comparingInt(status -> status.getSegment().getMask())).orElseThrow();
            log.info("Splitting segment {} of {}: {} segments for {} threads", widest.getSegment().getSegmentId(),
                    name, segments, processor.maxCapacity());
            splitting.put(name, processor.splitSegment(widest.getSegment().getSegmentId()));
            return;
        }
        int share = (segments + Math.max(live, 1) - 1) / Math.max(live, 1);
        List<Integer> excess = held.keySet().stream().sorted(Comparator.reverseOrder())
                .limit(Math.max(held.size() - share, 0)).toList();
        for (int segment : excess) {
            log.info("Releasing segment {} of {} for another instance: {} holds {} of {} segments, {} instances run it",
                    segment, name, claims.owner(), held.size(), segments, live);
            processor.releaseSegment(segment, claims.timeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
