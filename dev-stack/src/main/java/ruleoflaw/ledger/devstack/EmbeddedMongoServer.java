package ruleoflaw.ledger.devstack;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import ruleoflaw.ledger.devstack.h2.BsonH2Backend;

/**
 * A server that speaks MongoDB's wire protocol to the real driver (mongo-java-server).
 * It has no sessions, no transactions and no {@code hello} command: code that uses it
 * must be idempotent rather than transactional, and check health with {@code ping}.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** Stores its data in one H2 file, so that records survive restarts. */
    public static EmbeddedMongoServer startPersistent(Path file, int port) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MongoServer server = new MongoServer(new BsonH2Backend(file.toString()));
        server.bind("127.0.0.1", port);
        return new EmbeddedMongoServer(server, server.getLocalAddress());
    }

    /** Keeps everything in memory on a free port, for tests. */
    public static EmbeddedMongoServer startInMemory() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongoServer(server, server.getLocalAddress());
    }

    public int port() {
        return address.getPort();
    }

    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
