package ruleoflaw.ledger.reporting.projections;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.projections.RebuildProgress.Phase;
import ruleoflaw.ledger.reporting.projections.RebuildRuns.Stored;

/**
 * This instance's part in the rebuilds, whichever instance runs them. Every {@code ledger.reporting.generation-poll}
 * (a second) it reads the active generation again and says it is there (and that its own rebuild, if one runs, is
 * alive). When another instance's rebuild comes to its
 * switch (SWITCHING), it stops its live processors, which releases their claims, and says so: the rebuilding
 * instance waits for every instance's pause before it switches and resets the live tokens. Once the run is over (done,
 * failed, or its instance stopped answering), it reads the active generation and starts its live processors again,
 * from where the switch left their tokens.
 */
@Component
class RebuildFollower {

    private static final Logger log = LoggerFactory.getLogger(RebuildFollower.class);

    private final Generations generations;
    private final RebuildRuns runs;
    private final LiveProcessors live;
    private final Rebuild rebuild;
    private final Duration poll;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "reporting-rebuild-follower");
        thread.setDaemon(true);
        return thread;
    });
    private String pausedFor;
    private volatile boolean closing;

    RebuildFollower(Generations generations, RebuildRuns runs, LiveProcessors live, Rebuild rebuild,
            @Value("${ledger.reporting.generation-poll:PT1S}") Duration poll) {
        this.generations = generations;
        this.runs = runs;
        this.live = live;
        this.rebuild = rebuild;
        this.poll = poll;
    }

    @EventListener(ApplicationReadyEvent.class)
    void follow() {
        poller.scheduleWithFixedDelay(this::poll, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void poll() {
        if (closing) {
            return;
        }
        try {
            runs.present(live.instance());
            generations.refresh();
            Optional<Stored> latest = runs.latest();
            latest.filter(run -> !run.finished() && rebuild.runsHere(run.runId()))
                    .ifPresent(run -> runs.update(run.runId())); // alive, whatever step the run is at
            boolean switching = latest.filter(run -> run.phase() == Phase.SWITCHING && !rebuild.runsHere(run.runId()))
                    .isPresent();
            if (switching && pausedFor == null) {
                pausedFor = latest.get().runId();
                live.pause();
                runs.paused(pausedFor, live.instance());
                log.info("Paused the live projections for the switch to generation {} (rebuilt by {})",
                        latest.get().generation(), latest.get().instance());
            } else if (!switching && pausedFor != null) {
                pausedFor = null;
                int active = generations.refresh();
                live.resume();
                log.info("Resumed the live projections in generation {}", active);
            }
        } catch (RuntimeException e) {
            log.warn("Could not follow the shared generation and rebuild; trying again in {}", poll, e);
        }
    }

    @EventListener(ContextClosedEvent.class)
    void close() {
        closing = true;
        poller.shutdownNow();
        try {
            runs.gone(live.instance());
        } catch (RuntimeException e) {
            log.debug("Could not say this instance stops", e);
        }
    }
}
