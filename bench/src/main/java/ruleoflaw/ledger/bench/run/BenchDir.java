package ruleoflaw.ledger.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The bench's own data dir: emptied before a run (only if it is empty or was a bench dir), its databases deleted
 * after it unless kept.
 */
public record BenchDir(Path path) {

    static final String RESULTS = "results.json";
    static final String LOGS = "logs";
    static final String SEED = "seed";
    static final String SIGNING_KEY = "signing-key.json";

    public Path results() {
        return path.resolve(RESULTS);
    }

    public Path logs() {
        return path.resolve(LOGS);
    }

    public Path seed() {
        return path.resolve(SEED);
    }

    public Path signingKey() {
        return path.resolve(SIGNING_KEY);
    }

    /** Refuses a dir with something in it that a bench run did not leave (no results.json, no logs/). */
    public void checkMayBeEmptied() {
        if (!Files.isDirectory(path) || isEmpty() || Files.exists(results()) || Files.exists(logs())) {
            return;
        }
        throw new BenchFailure("bench: " + path + " is not empty and not a bench dir (no results.json or logs/): "
                + "choose another LEDGER_BENCH_DIR");
    }

    /** Deletes everything in it (after {@link #checkMayBeEmptied()}) and makes it again with seed/ in it. */
    public void empty() throws IOException {
        delete(path);
        Files.createDirectories(seed());
    }

    /** What the suite's databases left: postgres/ and mongo/. */
    public void deleteDatabases() throws IOException {
        delete(path.resolve("postgres"));
        delete(path.resolve("mongo"));
    }

    private boolean isEmpty() {
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path tree) throws IOException {
        if (!Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
