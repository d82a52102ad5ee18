package ruleoflaw.ledger.cli.exporting;

import java.io.IOException;
import java.io.OutputStream;

/** The lines of an export answer, written as they came (bytes), each ended by "\n"; blank lines left out. */
final class LedgerLines {

    private LedgerLines() {
    }

    /** Writes the non-blank lines of {@code payload} (ended by \n, \r\n or \r) to {@code out}; returns how many. */
    static int write(byte[] payload, OutputStream out) throws IOException {
        int count = 0;
        int start = 0;
        while (start < payload.length) {
            int end = start;
            while (end < payload.length && payload[end] != '\n' && payload[end] != '\r') {
                end++;
            }
            if (!blank(payload, start, end)) {
                out.write(payload, start, end - start);
                out.write('\n');
                count++;
            }
            start = end + (end + 1 < payload.length && payload[end] == '\r' && payload[end + 1] == '\n' ? 2 : 1);
        }
        return count;
    }

    private static boolean blank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != 0x0b && b != 0x0c) {
                return false;
            }
        }
        return true;
    }
}
