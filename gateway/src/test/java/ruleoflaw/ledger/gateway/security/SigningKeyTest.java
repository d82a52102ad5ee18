package ruleoflaw.ledger.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/** What a signing key file must hold, and what the gateway says when it does not. */
class SigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void anRsaPrivateKeyIsTakenAsItIs() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();

        RSAKey read = SigningKey.fromFile(write(key.toJSONString()));

        assertThat(read).isEqualTo(key);
    }

    @Test
    void withoutAKeyIdItsThumbprintIsTheIdTheSameOnEveryGatewayThatReadsIt() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).generate();
        Path file = write(key.toJSONString());

        assertThat(SigningKey.fromFile(file).getKeyID()).isEqualTo(key.computeThumbprint().toString())
                .isEqualTo(SigningKey.fromFile(file).getKeyID());
    }

    @Test
    void withoutAFileTheGatewayMakesAKeyOfItsOwn() {
        RSAKey made = SigningKey.of(null);

        assertThat(made.isPrivate()).isTrue();
        assertThat(made.size()).isEqualTo(2048);
        assertThat(SigningKey.of(null).getKeyID()).isNotEqualTo(made.getKeyID());
    }

    @Test
    void aFileThatIsNotThereOrCannotBeReadIsNamed() {
        Path missing = directory.resolve("missing.json");
        assertThatThrownBy(() -> SigningKey.fromFile(missing)).isInstanceOf(SigningKey.Unusable.class)
                .hasMessage("The gateway's signing key " + missing
                        + " (ledger.gateway.signing-key-file, LEDGER_SIGNING_KEY_FILE) cannot be used: there is no such file");
        assertThatThrownBy(() -> SigningKey.fromFile(directory)).isInstanceOf(SigningKey.Unusable.class)
                .hasMessageContaining("signing key " + directory).hasMessageContaining("it cannot be read");
    }

    @Test
    void whatIsNotAnRsaPrivateKeyOfAtLeast2048BitsIsRefusedSayingWhy() throws Exception {
        assertRefused("{\"keys\":[]}", "it is not a JWK");
        assertRefused("not json at all", "it is not a JWK");
        assertRefused(new ECKeyGenerator(Curve.P_256).generate().toJSONString(), "its key is of type EC, not RSA");
        assertRefused(new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString(),
                "it holds only the public part of the key (no \"d\")");
        assertRefused(new RSAKeyGenerator(1024, true).generate().toJSONString(), "the key has 1024 bits, fewer than 2048");
    }

    private void assertRefused(String content, String why) throws IOException {
        Path file = write(content);
        assertThatThrownBy(() -> SigningKey.fromFile(file)).isInstanceOf(SigningKey.Unusable.class)
                .hasMessageStartingWith("The gateway's signing key " + file).hasMessageContaining(why);
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(directory, "key", ".json");
        Files.writeString(file, content);
        return file;
    }
}
