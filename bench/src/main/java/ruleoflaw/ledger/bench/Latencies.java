package ruleoflaw.ledger.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, collected then sorted once: exact percentiles, no histogram needed at these counts. */
public final class Latencies {

    private long[] values = new long[1024];
    private int count;

    public void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    public void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.values[i]);
        }
    }

    public int count() {
        return count;
    }

    /** The p-th percentile (nearest rank) in milliseconds; NaN when empty. */
    public double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000_000.0;
    }
}
