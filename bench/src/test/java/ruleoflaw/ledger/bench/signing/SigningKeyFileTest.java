package ruleoflaw.ledger.bench.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.RSAKey;

class SigningKeyFileTest {

    @TempDir
    Path directory;

    @Test
    void aNewRsaKeyIsWrittenOwnerOnlyAsAJwkWithItsPrivatePart() throws Exception {
        Path file = directory.resolve("signing-key.json");

        RSAKey key = SigningKeyFile.create(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getKeyID()).startsWith("bench-");
        assertThat(SigningKeyFile.read(file)).isEqualTo(key);
        assertThat(Files.readString(file)).contains("\"d\"").contains("\"kty\":\"RSA\"");
    }

    @Test
    void aFileThatIsThereIsNotOverwritten() throws Exception {
        Path file = Files.writeString(directory.resolve("signing-key.json"), "someone's");

        assertThatThrownBy(() -> SigningKeyFile.create(file)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("someone's");
    }
}
