package ruleoflaw.ledger.cli.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import ruleoflaw.ledger.cli.TextLines;

/**
 * The record types of the ledger format and where the gateway takes each (bin/ledger-types.tsv): a type's REST
 * path, a lifecycle step's with {@code {of}} in it; corrections and withdrawals derive from their record's path.
 */
final class RecordTypes {

    private static final String OF = "{of}";
    private static final String CORRECTION = ".correction";
    private static final String WITHDRAWAL = ".withdrawal";

    private final Map<String, String> paths;

    private RecordTypes(Map<String, String> paths) {
        this.paths = paths;
    }

    static RecordTypes load(Path file) throws IOException {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String line : TextLines.of(Files.readString(file, StandardCharsets.UTF_8))) {
            if (!TextLines.blank(line) && !line.startsWith("#")) {
                String[] columns = line.split("\t", -1);
                if (columns.length != 2) {
                    throw new IOException(file + ": not 'type<TAB>path': " + line);
                }
                paths.put(columns[0], columns[1]);
            }
        }
        return new RecordTypes(paths);
    }

    /** Where a line of type {@code kind} goes; {@code of} names its record (a step, a correction, a withdrawal). */
    RecordPath pathOf(String kind, String of) throws Refused {
        String quoted = PathSegment.quote(of);
        String path = paths.get(kind);
        if (path != null) {
            return new RecordPath(path.replace(OF, quoted), path.contains(OF));
        }
        for (String suffix : new String[] {CORRECTION, WITHDRAWAL}) {
            String base = kind.substring(0, Math.max(0, kind.length() - suffix.length()));
            String record = kind.endsWith(suffix) ? paths.get(base) : null;
            if (record != null && !record.contains(OF)) {
                return new RecordPath(record + "/" + quoted + (suffix.equals(WITHDRAWAL) ? "/withdrawal" : ""), true);
            }
        }
        throw new Refused("unknown type '" + kind + "' (known: " + String.join(", ", new TreeSet<>(paths.keySet()))
                + ", and <record type>.correction / .withdrawal)");
    }

    /** A REST path, and whether it needs the line's "of". */
    record RecordPath(String path, boolean needsOf) {
    }
}
