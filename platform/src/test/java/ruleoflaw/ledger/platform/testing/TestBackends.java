package ruleoflaw.ledger.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import ruleoflaw.ledger.devstack.EmbeddedMongoServer;
import ruleoflaw.ledger.devstack.EmbeddedPostgresServer;

/** One real PostgreSQL and one MongoDB-protocol server per test JVM, started on first use. */
public final class TestBackends {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedMongoServer mongo;

    private TestBackends() {
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgresServer.startEphemeral();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }

    public static synchronized EmbeddedMongoServer mongo() {
        if (mongo == null) {
            mongo = EmbeddedMongoServer.startInMemory();
        }
        return mongo;
    }
}
