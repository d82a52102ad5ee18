package ruleoflaw.ledger.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The key the gateway signs identity assertions with: by default made at start-up and never written down; with
 * {@code ledger.gateway.signing-key-file} (LEDGER_SIGNING_KEY_FILE) an RSA private key read from a JWK file, so that
 * several gateways sign with one key and a service accepts the assertions of any of them.
 */
final class SigningKey {

    static final String PROPERTY = "ledger.gateway.signing-key-file";
    static final String VARIABLE = "LEDGER_SIGNING_KEY_FILE";
    static final int MINIMUM_BITS = 2048;
    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private SigningKey() {
    }

    /** The file's key, or a new one when {@code file} is null. */
    static RSAKey of(Path file) {
        return file == null ? generated() : fromFile(file);
    }

    static RSAKey generated() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MINIMUM_BITS);
            java.security.KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSA private key of at least 2048 bits as a JWK; without a "kid", its thumbprint (the same on every gateway). */
    static RSAKey fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Unusable(file, "there is no such file");
        } catch (IOException e) {
            throw new Unusable(file, "it cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        JWK jwk;
        try {
            jwk = JWK.parse(text);
        } catch (ParseException e) {
            throw new Unusable(file, "it is not a JWK (a JSON object with \"kty\"): " + e.getMessage());
        }
        if (!(jwk instanceof RSAKey rsa)) {
            throw new Unusable(file, "its key is of type " + jwk.getKeyType() + ", not RSA");
        }
        if (!rsa.isPrivate()) {
            throw new Unusable(file, "it holds only the public part of the key (no \"d\")");
        }
        if (rsa.size() < MINIMUM_BITS) {
            throw new Unusable(file, "the key has " + rsa.size() + " bits, fewer than " + MINIMUM_BITS);
        }
        warnIfOthersMayRead(file);
        if (rsa.getKeyID() != null) {
            return rsa;
        }
        try {
            return new RSAKey.Builder(rsa).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new Unusable(file, "its key's thumbprint cannot be computed: " + e.getMessage());
        }
    }

    private static void warnIfOthersMayRead(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The signing key {} is readable by other users than its owner: whoever reads it can act as any "
                        + "ledger user towards the services; make it owner-only (chmod 600)", file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
    }

    /** The configured key file cannot be used: the gateway does not start. */
    static final class Unusable extends RuntimeException {

        private final transient Path file;

        Unusable(Path file, String why) {
            super("The gateway's signing key " + file + " (" + PROPERTY + ", " + VARIABLE + ") cannot be used: " + why);
            this.file = file;
        }

        Path file() {
            return file;
        }
    }
}
