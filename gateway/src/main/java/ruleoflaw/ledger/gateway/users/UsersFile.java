package ruleoflaw.ledger.gateway.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The local mode's users of one gateway: a JSON file under the data directory, passwords bcrypt-hashed, readable by
 * its owner only, replaced whole by an atomic move on every change. Read again whenever it changes, so that
 * a change by the users API ({@code bin/suite users ...}) or by hand takes effect at the next request.
 */
public class UsersFile extends UsersStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Contents(List<LedgerUser> users) {
    }

    /**
     * Which file was read: a write replaces the file (a new inode), and the time alone may not tell two writes
     * within one tick of the file system's clock apart.
     */
    private record Version(FileTime modified, Object key, long size) {
    }

    private record Loaded(Version version, Map<String, LedgerUser> users) {
    }

    private final Path file;
    private volatile Loaded loaded = new Loaded(null, Map.of());

    public UsersFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path path() {
        return file;
    }

    @Override
    public String whereabouts() {
        return file.toString();
    }

    @Override
    public Path initialPasswords() {
        return file.resolveSibling("initial-passwords.txt");
    }

    @Override
    public synchronized boolean createIfMissing() {
        if (Files.exists(file)) {
            return false;
        }
        FirstUsers first = firstUsers();
        writeOwnerOnly(initialPasswords(), first.passwords());
        save(first.users());
        return true;
    }

    @Override
    protected synchronized void update(Consumer<Map<String, LedgerUser>> change) {
        Map<String, LedgerUser> next = new LinkedHashMap<>(current());
        change.accept(next);
        save(next);
    }

    @Override
    protected Map<String, LedgerUser> current() {
        try {
            Version version = versionOf(file);
            if (version == null) {
                return Map.of();
            }
            Loaded known = loaded;
            if (version.equals(known.version())) {
                return known.users();
            }
            synchronized (this) {
                Map<String, LedgerUser> read = new LinkedHashMap<>();
                JSON.readValue(file.toFile(), Contents.class).users().forEach(user -> read.put(user.name(), user));
                loaded = new Loaded(version, read);
                return read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users file " + file, e);
        }
    }

    private static Version versionOf(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Version(attributes.lastModifiedTime(), attributes.fileKey(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Writes the users and keeps them as read: the next request sees them even if the file's time did not move. */
    private void save(Map<String, LedgerUser> users) {
        try {
            writeOwnerOnly(file, JSON.writeValueAsString(new Contents(List.copyOf(users.values()))));
            loaded = new Loaded(versionOf(file), Collections.unmodifiableMap(new LinkedHashMap<>(users)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
