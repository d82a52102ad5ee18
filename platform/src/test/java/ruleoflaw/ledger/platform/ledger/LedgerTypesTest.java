package ruleoflaw.ledger.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A record type's line types and paths are read from its resource's mappings and its steps' {@link LedgerStep}s. */
class LedgerTypesTest {

    record Opened() {
    }

    record Closed() {
    }

    @RequestMapping("/api/${ledger.security.context}/files")
    static class FileResource {

        @PostMapping("/{id}/opening")
        @LedgerStep(name = "opening", event = Opened.class)
        void open(@PathVariable String id) {
        }

        @PostMapping("/{id}/closing")
        @LedgerStep(name = "closing", event = Closed.class)
        void close(@PathVariable String id) {
        }

        @PostMapping("/{id}/note")
        void note(@PathVariable String id) {
        }
    }

    @RequestMapping("/api/test/notes")
    static class NoteResource {
    }

    @RequestMapping("/api/test/readings")
    static class ReadingStepResource {

        @GetMapping("/{id}/reading")
        @LedgerStep(name = "reading", event = Opened.class)
        void read(@PathVariable String id) {
        }
    }

    private final StandardEnvironment environment = environment();

    @Test
    void aRecordTypeIsTakenAtItsResourcesPathAndEachStepAtItsHandlers() {
        LedgerTypes types = new LedgerTypes(() -> List.of(
                LedgerTypes.declaredBy(NoteResource.class, "test.note", environment),
                LedgerTypes.declaredBy(FileResource.class, "test.file", environment)));

        assertThat(types.paths()).containsExactly(
                Map.entry("test.file", "/api/test/files"),
                Map.entry("test.file.closing", "/api/test/files/{of}/closing"),
                Map.entry("test.file.opening", "/api/test/files/{of}/opening"),
                Map.entry("test.note", "/api/test/notes"));
        assertThat(types.recordTypes()).containsExactly("test.note", "test.file");
        assertThat(types.stepName("test.file", new Closed())).contains("closing");
        assertThat(types.stepName("test.note", new Closed())).isEmpty();
    }

    @Test
    void aStepIsAPostAndATypeIsDeclaredOnce() {
        assertThatThrownBy(() -> LedgerTypes.declaredBy(ReadingStepResource.class, "test.reading", environment))
                .hasMessageContaining("ReadingStepResource.read: a @LedgerStep is a @PostMapping");
        LedgerTypes twice = new LedgerTypes(() -> List.of(
                LedgerTypes.declaredBy(NoteResource.class, "test.note", environment),
                LedgerTypes.declaredBy(FileResource.class, "test.note", environment)));
        assertThatThrownBy(twice::paths)
                .hasMessage("the ledger type test.note is declared twice: at /api/test/notes and /api/test/files");
    }

    private static StandardEnvironment environment() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("ledger.security.context", "test")));
        return environment;
    }
}
