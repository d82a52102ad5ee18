package ruleoflaw.ledger.platform.eventstore;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots for the aggregates whose history grows with every step of their record (a case, an application):
 * once {@code ledger.snapshots.threshold} events have been read or applied since the last snapshot, the aggregate's
 * state is stored (with the general serializer, Jackson) and later loads start from it. Such an aggregate names
 * {@link #TRIGGER} in {@code @Aggregate(snapshotTriggerDefinition = ...)}, serializes its fields, and carries a
 * {@code @Revision} to raise whenever its fields change: snapshots of another revision are then passed over.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerSnapshots {

    public static final String TRIGGER = "ledgerSnapshotTrigger";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter,
            @Value("${ledger.snapshots.threshold}") int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("ledger.snapshots.threshold must be at least 1, was " + threshold);
        }
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
