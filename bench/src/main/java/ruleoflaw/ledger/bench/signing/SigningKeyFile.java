package ruleoflaw.ledger.bench.signing;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The key the bench suite's gateway signs identity assertions with (LEDGER_SIGNING_KEY_FILE): made by the bench in
 * its dir, owner-only from its first byte, so the bench can sign assertions of its own for the run straight to a
 * service, as a second gateway sharing the key would.
 */
public final class SigningKeyFile {

    private SigningKeyFile() {
    }

    /** A new 2048-bit RSA key (a JWK with its private part), written to {@code file}, which must not exist. */
    public static RSAKey create(Path file) throws IOException {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyID("bench-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        try (FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
            writer.write(key.toJSONString());
        }
        return key;
    }

    /** The key of {@code file}, as the gateway reads it. */
    public static RSAKey read(Path file) throws IOException {
        try {
            return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.text.ParseException e) {
            throw new IOException(file + " is not an RSA JWK: " + e.getMessage(), e);
        }
    }
}
