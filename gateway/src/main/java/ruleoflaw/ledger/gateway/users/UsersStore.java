package ruleoflaw.ledger.gateway.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.function.SingletonSupplier;

import ruleoflaw.ledger.contracts.identity.LedgerRoles;

/**
 * Where the local mode's users are kept ({@code ledger.gateway.users-store}): a file for one gateway
 * ({@link UsersFile}) or a table that every gateway of an installation shares ({@link UsersTable}). The rules of a
 * change are the same in both: a name is taken once, the last admin stays, passwords are generated and kept only as
 * bcrypt hashes.
 */
public abstract class UsersStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Supplier<String> noUserHash = SingletonSupplier.of(() -> encoder.encode(UUID.randomUUID().toString()));

    /** Where the users are, for the log. */
    public abstract String whereabouts();

    /** Where the passwords of the users made on the first start are written, in clear, once. */
    public abstract Path initialPasswords();

    /**
     * On the first start only: one user per role, each with a random password, written in clear once to
     * {@link #initialPasswords()} (owner-only) for the person who installs the ledger. False if there were users.
     */
    public abstract boolean createIfMissing();

    /** The users as last read, by name, in the order they were added. */
    protected abstract Map<String, LedgerUser> current();

    /**
     * Applies {@code change} to the users as they are now (a copy it may change) and keeps the result, one change at
     * a time: two changes never both start from the same users. A change that throws changes nothing.
     */
    protected abstract void update(Consumer<Map<String, LedgerUser>> change);

    public Optional<LedgerUser> find(String name) {
        return Optional.ofNullable(current().get(name));
    }

    public List<LedgerUser> all() {
        return List.copyOf(current().values());
    }

    /**
     * Checks a password against no user's hash, at the cost of a real check: an unknown name takes as long to refuse
     * as a wrong password (no telling which names exist by the time an answer takes). Always false.
     */
    public boolean matchesNoUser(String rawPassword) {
        encoder.matches(rawPassword, noUserHash.get());
        return false;
    }

    public boolean matches(LedgerUser user, String rawPassword) {
        return encoder.matches(rawPassword, user.password());
    }

    /** Adds a user (or replaces one of the same name) with a new random password, which it returns. */
    public String put(String name, List<String> roles, List<String> contexts, List<String> departments) {
        String password = newPassword();
        LedgerUser user = new LedgerUser(name, encoder.encode(password), roles, contexts, departments);
        update(users -> users.put(name, user));
        return password;
    }

    /** Adds a new user with a random password, which it returns; refused if the name is taken. */
    public String add(String name, List<String> roles, List<String> contexts, List<String> departments) {
        String password = newPassword();
        LedgerUser user = new LedgerUser(name, encoder.encode(password), roles, contexts, departments);
        update(users -> {
            if (users.containsKey(name)) {
                throw new UserRefused(UserRefused.Why.EXISTS, "A user named '" + name
                        + "' exists already: reset its password, or remove it first.");
            }
            users.put(name, user);
        });
        return password;
    }

    /** Gives a user a new random password, which it returns; its roles and contexts stay. */
    public String resetPassword(String name) {
        String password = newPassword();
        String hash = encoder.encode(password);
        update(users -> {
            LedgerUser user = existing(users, name);
            users.put(name, new LedgerUser(name, hash, user.roles(), user.contexts(), user.departments()));
        });
        return password;
    }

    /** Gives a user other roles, contexts and departments; its password stays. */
    public LedgerUser change(String name, List<String> roles, List<String> contexts, List<String> departments) {
        AtomicReference<LedgerUser> changed = new AtomicReference<>();
        update(users -> {
            LedgerUser user = existing(users, name);
            if (!roles.contains(LedgerRoles.ADMIN)) {
                keepAnAdminBesides(users, user, "take the admin role from");
            }
            changed.set(new LedgerUser(name, user.password(), roles, contexts, departments));
            users.put(name, changed.get());
        });
        return changed.get();
    }

    public void remove(String name) {
        update(users -> {
            keepAnAdminBesides(users, existing(users, name), "remove");
            users.remove(name);
        });
    }

    /** The users of a first start, and the text of {@link #initialPasswords()} that lists their passwords. */
    protected record FirstUsers(Map<String, LedgerUser> users, String passwords) {
    }

    protected FirstUsers firstUsers() {
        StringBuilder passwords = new StringBuilder("""
                # Generated by the gateway on its first start: one user per role, passwords shown once.
                # Store them, then delete this file. Manage users with: bin/suite users add|remove|reset-password|list
                # name roles password
                """);
        Map<String, LedgerUser> created = new LinkedHashMap<>();
        for (String role : LedgerRoles.ALL) {
            String password = newPassword();
            created.put(role, new LedgerUser(role, encoder.encode(password), List.of(role), List.of(), List.of()));
            passwords.append(role).append(' ').append(role).append(' ').append(password).append('\n');
        }
        return new FirstUsers(created, passwords.toString());
    }

    private static LedgerUser existing(Map<String, LedgerUser> users, String name) {
        LedgerUser user = users.get(name);
        if (user == null) {
            throw new UserRefused(UserRefused.Why.UNKNOWN, "There is no user '" + name + "'.");
        }
        return user;
    }

    private static void keepAnAdminBesides(Map<String, LedgerUser> users, LedgerUser user, String change) {
        boolean otherAdmin = users.values().stream()
                .anyMatch(other -> !other.name().equals(user.name()) && other.roles().contains(LedgerRoles.ADMIN));
        if (user.roles().contains(LedgerRoles.ADMIN) && !otherAdmin) {
            throw new UserRefused(UserRefused.Why.LAST_ADMIN, "Cannot " + change + " '" + user.name()
                    + "': it is the last user with the admin role, and without one nobody could manage users, "
                    + "replays or dead letters. Give another user the admin role first.");
        }
    }

    /** Writes {@code text} to {@code target} readable by its owner only, replacing it whole by an atomic move. */
    protected static void writeOwnerOnly(Path target, String text) {
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
