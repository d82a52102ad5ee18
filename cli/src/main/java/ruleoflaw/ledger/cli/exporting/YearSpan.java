package ruleoflaw.ledger.cli.exporting;

/** YEAR or YEAR..YEAR, from 2000 to 2100, the first not after the last. */
record YearSpan(int first, int last) {

    private static final int EARLIEST = 2000;
    private static final int LATEST = 2100;

    /** @throws IllegalArgumentException saying what is wrong with {@code text} */
    static YearSpan parse(String text) {
        int dots = text.indexOf("..");
        String first = dots < 0 ? text : text.substring(0, dots);
        String last = dots < 0 ? "" : text.substring(dots + 2);
        YearSpan span;
        try {
            int from = Integer.parseInt(first.strip());
            span = new YearSpan(from, last.isEmpty() ? from : Integer.parseInt(last.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a year (2024) or a range of years (2018..2024)");
        }
        if (span.first < EARLIEST || span.first > span.last || span.last > LATEST) {
            throw new IllegalArgumentException(
                    "'" + text + "': years go from 2000 to 2100, the first not after the last");
        }
        return span;
    }

    @Override
    public String toString() {
        return first == last ? String.valueOf(first) : first + ".." + last;
    }
}
