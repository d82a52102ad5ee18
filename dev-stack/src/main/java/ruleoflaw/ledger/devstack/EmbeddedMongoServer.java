package ruleoflaw.ledger.devstack;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import ruleoflaw.ledger.devstack.h2.BsonH2Backend;

/**
 * A server that speaks MongoDB's wire protocol to the real driver (mongo-java-server); the persistent one asks its
 * clients to sign in.
 * It has no sessions, no transactions and no {@code hello} command: code that uses it
 * must be idempotent rather than transactional, and check health with {@code ping}.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    /** The one user of the persistent server (its password is generated on the first start). */
    public static final String USER = "ledger";

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String password;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address, String password) {
        this.server = server;
        this.address = address;
        this.password = password;
    }

    /**
     * Stores its data in one H2 file, so that records survive restarts, and answers only clients that sign in as
     * {@link #USER} with {@code password} ({@link SignedInClientsOnly}).
     */
    public static EmbeddedMongoServer startPersistent(Path file, int port, String password) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MongoServer server = new MongoServer(new SignedInClientsOnly(new BsonH2Backend(file.toString()), USER, password));
        server.bind("127.0.0.1", port);
        return new EmbeddedMongoServer(server, server.getLocalAddress(), password);
    }

    /** Keeps everything in memory on a free port, open to any client, for tests. */
    public static EmbeddedMongoServer startInMemory() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongoServer(server, server.getLocalAddress(), null);
    }

    public int port() {
        return address.getPort();
    }

    /** How a client connects to {@code database}, signing in when the server asks for it. */
    public String connectionString(String database) {
        return password == null ? "mongodb://127.0.0.1:" + port() + "/" + database
                : "mongodb://" + USER + ":" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "@127.0.0.1:" + port()
                        + "/" + database + "?authMechanism=PLAIN&authSource=%24external";
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
