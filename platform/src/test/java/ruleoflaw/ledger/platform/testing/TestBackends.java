package ruleoflaw.ledger.platform.testing;

import ruleoflaw.ledger.devstack.EmbeddedMongoServer;
import ruleoflaw.ledger.devstack.EmbeddedPostgresServer;

/** One real PostgreSQL and one MongoDB-protocol server per test JVM, started on first use. */
public final class TestBackends {

    private static EmbeddedMongoServer mongo;

    private TestBackends() {
    }

    public static EmbeddedPostgresServer postgres() {
        return EmbeddedPostgresServer.sharedEphemeral();
    }

    public static synchronized EmbeddedMongoServer mongo() {
        if (mongo == null) {
            mongo = EmbeddedMongoServer.startInMemory();
        }
        return mongo;
    }
}
