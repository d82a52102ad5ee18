package ruleoflaw.ledger.devstack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/**
 * The MongoDB-protocol server answers only clients that signed in, with the user and password dev-stack generated
 * (SASL {@code PLAIN}, which the real driver speaks: {@code authMechanism=PLAIN&authSource=$external}). Before that a
 * connection may only say hello and sign in; anything else is refused as MongoDB refuses it ({@code Unauthorized}).
 * Loopback only, like the rest of the local run: PLAIN sends the password as it is, never over a network.
 */
final class SignedInClientsOnly implements MongoBackend {

    private static final AttributeKey<Boolean> SIGNED_IN = AttributeKey.valueOf("ledger.signedIn");
    private static final Set<String> BEFORE_SIGN_IN = Set.of("hello", "ismaster", "ping", "buildinfo", "saslstart",
            "saslcontinue", "endsessions", "getnonce");

    private final MongoBackend backend;
    private final byte[] user;
    private final byte[] password;

    SignedInClientsOnly(MongoBackend backend, String user, String password) {
        this.backend = backend;
        this.user = user.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document command = message.getDocument();
        String name = command.keySet().stream().findFirst().orElse("");
        if (name.equalsIgnoreCase("saslStart")) {
            return signIn(message.getChannel(), command);
        }
        if (!signedIn(message.getChannel()) && !BEFORE_SIGN_IN.contains(name.toLowerCase())) {
            return unauthorized(name);
        }
        return backend.handleMessage(message);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        String name = query.getQuery().keySet().stream().findFirst().orElse("");
        if (!signedIn(query.getChannel()) && !BEFORE_SIGN_IN.contains(name.toLowerCase())) {
            return new QueryResult(List.of(unauthorized(name)));
        }
        return backend.handleQuery(query);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!signedIn(channel) && !BEFORE_SIGN_IN.contains(command.toLowerCase())) {
            return unauthorized(command);
        }
        return backend.handleCommand(channel, databaseName, command, query);
    }

    /** SASL PLAIN in one step: the payload is {@code [authzid] NUL user NUL password}. */
    private Document signIn(Channel channel, Document command) {
        Object payload = command.get("payload");
        if ("PLAIN".equals(command.get("mechanism")) && payload instanceof BinData data) {
            byte[] bytes = data.getData();
            int first = indexOf(bytes, 0);
            int second = first < 0 ? -1 : indexOf(bytes, first + 1);
            if (second > 0 && MessageDigest.isEqual(user, java.util.Arrays.copyOfRange(bytes, first + 1, second))
                    && MessageDigest.isEqual(password, java.util.Arrays.copyOfRange(bytes, second + 1, bytes.length))) {
                channel.attr(SIGNED_IN).set(Boolean.TRUE);
                return new Document("conversationId", 1).append("done", true).append("payload", new BinData(new byte[0]))
                        .append("ok", 1.0);
            }
        }
        return new Document("ok", 0.0).append("errmsg", "Authentication failed.").append("code", 18)
                .append("codeName", "AuthenticationFailed");
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean signedIn(Channel channel) {
        return channel != null && Boolean.TRUE.equals(channel.attr(SIGNED_IN).get());
    }

    private static Document unauthorized(String command) {
        return new Document("ok", 0.0).append("errmsg", "command " + command + " requires authentication")
                .append("code", 13).append("codeName", "Unauthorized");
    }

    @Override
    public void handleClose(Channel channel) {
        backend.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return backend.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return backend.getServerStatus();
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
