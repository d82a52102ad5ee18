package ruleoflaw.ledger.bench.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.bench.Results;

/**
 * The one table of a bench run: each row a measure of ours beside its baseline from the same run, their ratio and the
 * issue's target. Printed, and written with the machine and every raw number to results.md and results.json.
 */
public final class ResultTable {

    record Row(String measure, String ours, String baseline, String ratio, String target, String met) {
    }

    private final Results results;

    public ResultTable(Results results) {
        this.results = results;
    }

    public void write(Path benchDir) throws IOException {
        machine();
        List<Row> rows = rows();
        String table = render(rows);
        System.out.println();
        System.out.print(table);
        StringBuilder markdown = new StringBuilder("# bin/suite bench results\n\n");
        for (String key : List.of("date", "cores", "cpu", "memory", "java", "events", "departments",
                "seconds", "clients")) {
            markdown.append("- ").append(key).append(": ").append(results.text("machine." + key)).append('\n');
        }
        markdown.append("\n```\n").append(table).append("```\n\nRaw numbers (results.json):\n\n```json\n")
                .append(Results.json().writeValueAsString(results.root())).append("\n```\n");
        Files.createDirectories(benchDir);
        Files.writeString(benchDir.resolve("results.md"), markdown, StandardCharsets.UTF_8);
        System.out.println("bench: results in " + benchDir.resolve("results.md") + " and results.json");
    }

    /** Issue 25's targets: records a second straight to a service, seconds from launch to healthy. */
    static final double APPENDS_TARGET = 1_000;
    static final double COLD_START_TARGET_S = 45;

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        double gateway = results.number("load.gateway.throughputPerS");
        double direct = results.number("load.direct.throughputPerS");
        rows.add(new Row("gateway throughput (rec/s)", num(gateway) + failed("gateway"), num(direct) + failed("direct")
                + " direct", ratio(gateway, direct)
                + " gw/direct", "≥ 0.6×", met(gateway / direct >= 0.6)));
        double twoInstances = results.number("load.gateway2.throughputPerS");
        if (!Double.isNaN(twoInstances)) {
            rows.add(new Row("gateway, 2 instances (rec/s)", num(twoInstances) + failed("gateway2"), num(gateway)
                    + " 1 instance", ratio(twoInstances, gateway) + " 2/1", "—", "—"));
        }
        for (String p : List.of("p50", "p99")) {
            double ours = results.number("load.gateway." + p + "Ms");
            double base = results.number("load.direct." + p + "Ms");
            rows.add(new Row("gateway " + p + " (ms)", ms(ours), ms(base) + " direct", ratio(ours, base) + " gw/direct",
                    "—", "—"));
        }
        double raw = results.number("raw.insert.rowsPerS");
        rows.add(new Row("append (rec/s)", num(direct), num(raw) + " raw JDBC", ratio(direct, raw), "≥ 1,000",
                met(direct >= APPENDS_TARGET)));
        double replay = results.number("replay.eventsPerS");
        boolean replayed = "yes".equals(results.text("replay.finished"));
        if (!replayed) {
            replay = results.number("replay.partialEventsPerS");
        }
        String ours = replayed ? num(replay) : num(replay) + " (unfinished)";
        double scan = results.number("raw.scan.eventsPerS");
        rows.add(new Row("replay (ev/s)", ours, num(scan) + " raw scan", ratio(replay, scan), "≥ 0.5×",
                met(replayed && replay / scan >= 0.5)));
        rows.add(new Row("replay (ev/s)", ours, "20,000 target", ratio(replay, 20_000), "≥ 20,000",
                met(replayed && replay >= 20_000)));
        double imported = results.number("import.batch.linesPerS");
        double oneByOne = results.number("import.oneByOne.linesPerS");
        boolean complete = "yes".equals(results.text("import.batch.complete"));
        rows.add(new Row("import (lines/s)", num(imported) + (complete ? "" : " (incomplete)"), num(oneByOne)
                + " one by one", ratio(imported, oneByOne), "≥ 1,000", met(complete && imported >= 1_000)));
        for (String read : List.of("figures", "document")) {
            for (String p : List.of("first", "p50", "p99")) {
                double atN = results.number("reads.n." + read + "." + p + "Ms");
                double sample = results.number("reads.sample." + read + "." + p + "Ms");
                boolean figuresP99 = read.equals("figures") && p.equals("p99");
                long failures = (long) nz(results.number("reads.n." + read + ".failures"));
                String note = "";
                double firstStatus = results.number("reads.n." + read + ".firstStatus");
                if (p.equals("first") && !Double.isNaN(firstStatus) && firstStatus != 200) {
                    note = firstStatus > 0 ? " (answered " + (long) firstStatus + ")" : " (no answer)";
                } else if (p.equals("p99") && failures > 0) {
                    note = " (" + failures + " failed)";
                }
                rows.add(new Row(read + " " + (p.equals("first") ? "cold" : p) + " at N (ms)", ms(atN) + note,
                        ms(sample) + " sample", ratio(atN, sample), figuresP99 ? "< 50 ms" : "—",
                        figuresP99 ? met(failures == 0 && atN < 50) : "—"));
            }
        }
        district(rows);
        double coldStart = results.number("footprint.coldStartS");
        rows.add(new Row("cold start to healthy (s)", String.format("%.1f", coldStart), "45 target",
                ratio(coldStart, COLD_START_TARGET_S), "< 45 s", met(coldStart < COLD_START_TARGET_S)));
        JsonNode processes = results.node("footprint.n");
        if (processes != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = processes.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> process = it.next();
                double rss = process.getValue().path("rssMb").asDouble();
                double peak = process.getValue().path("peakMb").asDouble();
                boolean java = !process.getKey().equals("postgres");
                int target = process.getKey().equals("reporting-service") ? 512 : 400;
                if (peak == 0) { // no process of that name was running: it died during the run
                    rows.add(new Row("RSS " + process.getKey() + " (MB)", "— (not running)", target + " target", "—",
                            java ? "< " + target + " MB" : "—", java ? met(false) : "—"));
                    continue;
                }
                rows.add(new Row("RSS " + process.getKey() + " (MB)", String.format("%.0f (peak %.0f)", rss, peak),
                        target + " target", ratio(rss, target), java ? "< " + target + " MB" : "—",
                        java ? met(rss < target) : "—"));
            }
        }
        return rows;
    }

    /** p50 and p99 of reads right after a write, when the run measured them, against a target in ms. */
    private void afterWrites(List<Row> rows, String key, String measure, double targetMs, String baseline, String target) {
        if (Double.isNaN(results.number(key + "p99Ms"))) {
            return;
        }
        long failed = (long) nz(results.number(key + "failures"));
        for (String p : List.of("p50", "p99")) {
            double ours = results.number(key + p + "Ms");
            boolean p99 = p.equals("p99");
            rows.add(new Row(measure + " " + p + " (ms)", ms(ours) + (p99 && failed > 0 ? " (" + failed + " failed)" : ""),
                    baseline + " target", ratio(ours, targetMs), p99 ? target : "—",
                    p99 ? met(failed == 0 && ours < targetMs) : "—"));
        }
    }

    /** With --departments D > 1: the district's table and one department's figures, through the gateway. */
    private void district(List<Row> rows) {
        if (Double.isNaN(results.number("district.departments"))) {
            return;
        }
        String table = "district.table.";
        long tableFailures = (long) nz(results.number(table + "failures"));
        rows.add(new Row("district table cold (ms)", ms(results.number(table + "firstMs"))
                + status(results.number(table + "firstStatus")), "1,000 target",
                ratio(results.number(table + "firstMs"), 1000), "< 1 s",
                met(results.number(table + "firstStatus") == 200 && results.number(table + "firstMs") < 1000)));
        for (String p : List.of("p50", "p95", "p99")) {
            double ours = results.number(table + p + "Ms");
            boolean p99 = p.equals("p99");
            rows.add(new Row("district table " + p + " (ms)", ms(ours) + (p99 && tableFailures > 0
                    ? " (" + tableFailures + " failed)" : ""), "1,000 target", ratio(ours, 1000), p99 ? "< 1 s" : "—",
                    p99 ? met(tableFailures == 0 && ours < 1000) : "—"));
        }
        afterWrites(rows, "district.tableAfterWrite.", "district table after a write", 1000, "1,000", "< 1 s");
        double checked = results.number("district.keptAsComputed.checked");
        if (!Double.isNaN(checked)) {
            double equal = results.number("district.keptAsComputed.equal");
            rows.add(new Row("kept = computed (dept-years)", String.format("%.0f of %.0f", equal, checked), "all",
                    "—", "all", met(equal == checked)));
        }
        afterWrites(rows, "district.figuresAfterWrite.", "dept figures after a write", 200, "200", "< 200 ms");
        String figures = "district.figures.";
        rows.add(new Row("dept figures cold (ms)", ms(results.number(figures + "firstMs"))
                + status(results.number(figures + "firstStatus")), ms(results.number("reads.n.figures.firstMs"))
                + " default", ratio(results.number(figures + "firstMs"), results.number("reads.n.figures.firstMs")), "—",
                "—"));
        for (String p : List.of("p50", "p99")) {
            double ours = results.number(figures + "firstReads." + p + "Ms");
            long failures = (long) nz(results.number(figures + "firstReads.failures"));
            rows.add(new Row("dept figures 1st " + p + " (ms)", ms(ours) + (p.equals("p99") && failures > 0
                    ? " (" + failures + " failed)" : ""), "—", "—", "—", "—"));
        }
        long failures = (long) nz(results.number(figures + "failures"));
        for (String p : List.of("p50", "p95", "p99")) {
            double ours = results.number(figures + p + "Ms");
            double base = results.number("reads.n.figures." + p + "Ms");
            boolean p99 = p.equals("p99");
            rows.add(new Row("dept figures " + p + " (ms)", ms(ours) + (p99 && failures > 0 ? " (" + failures
                    + " failed)" : ""), Double.isNaN(base) ? "—" : ms(base) + " default",
                    Double.isNaN(base) ? "—" : ratio(ours, base),
                    p99 ? "< 50 ms" : "—", p99 ? met(failures == 0 && ours < 50) : "—"));
        }
    }

    private static String status(double status) {
        return Double.isNaN(status) || status == 200 ? "" : status > 0 ? " (answered " + (long) status + ")"
                : " (no answer)";
    }

    private String failed(String mode) {
        double failed = results.number("load." + mode + ".failed");
        return failed > 0 ? String.format(" (%,.0f non-2xx)", failed) : "";
    }

    static String render(List<Row> rows) {
        String[] header = {"measure", "ours", "baseline", "ratio", "target", "met?"};
        int[] widths = new int[header.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(header);
        rows.forEach(row -> cells.add(new String[] {row.measure(), row.ours(), row.baseline(), row.ratio(), row.target(),
                row.met()}));
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < cells.size(); n++) {
            String[] line = cells.get(n);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(i == 0 ? "" : " | ").append(i == 0 || i == 5 || i == 4 ? pad(line[i], widths[i])
                        : left(line[i], widths[i]));
            }
            out.append(text.toString().stripTrailing()).append('\n');
            if (n == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
                }
                out.append(rule).append('\n');
            }
        }
        return out.toString();
    }

    private void machine() throws IOException {
        results.put("machine.date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        results.put("machine.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        results.put("machine.cpu", procLine("/proc/cpuinfo", "model name"));
        String memory = procLine("/proc/meminfo", "MemTotal");
        if (memory != null) {
            memory = String.format("%.1f GB", Long.parseLong(memory.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
        }
        results.put("machine.memory", memory);
        results.put("machine.java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        results.put("machine.events", num(results.number("generate.events")));
        results.put("machine.departments", num(Double.isNaN(results.number("generate.departments")) ? 1
                : results.number("generate.departments")));
        results.put("machine.seconds", num(results.number("load.gateway.seconds")));
        results.put("machine.clients", num(results.number("load.gateway.clients")));
    }

    private static String procLine(String file, String key) throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return null;
        }
        for (String line : Files.readAllLines(path)) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return null;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String left(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }

    private static double nz(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    static String num(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%,.0f", value);
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "n/a" : value >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
    }

    static String ratio(double ours, double baseline) {
        return Double.isNaN(ours) || Double.isNaN(baseline) || baseline == 0 ? "n/a" : String.format("%.2f×", ours / baseline);
    }

    static String met(boolean met) {
        return met ? "yes" : "no";
    }
}
