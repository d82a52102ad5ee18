package ruleoflaw.ledger.bench.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ruleoflaw.ledger.bench.Results;

class ResultTableTest {

    @TempDir
    Path directory;

    private static List<String> measures(List<ResultTable.Row> rows) {
        return rows.stream().map(ResultTable.Row::measure).toList();
    }

    @Test
    void withoutDepartmentsThereAreNoDistrictRows() throws Exception {
        Results results = Results.open(directory.resolve("results.json"));
        results.put("reads.n.figures.p99Ms", 27.3);

        assertThat(measures(new ResultTable(results).rows())).noneMatch(measure -> measure.startsWith("district")
                || measure.startsWith("dept"));
    }

    @Test
    void theTargetsAreAThousandAppendsASecondSixTenthsThroughTheGatewayAndMemoryAfterTheRun() throws Exception {
        Results results = Results.open(directory.resolve("results.json"));
        results.put("load.gateway.throughputPerS", 610.0);
        results.put("load.direct.throughputPerS", 1_000.0);
        results.put("raw.insert.rowsPerS", 18_000.0);
        results.put("footprint.coldStartS", 46.0);
        results.put("footprint.n.reporting-service.rssMb", 500.0);
        results.put("footprint.n.reporting-service.peakMb", 700.0);
        results.put("footprint.n.study-service.rssMb", 410.0);
        results.put("footprint.n.study-service.peakMb", 410.0);

        List<ResultTable.Row> rows = new ResultTable(results).rows();

        assertThat(met(rows, "gateway throughput (rec/s)")).isEqualTo("yes");
        assertThat(met(rows, "append (rec/s)")).isEqualTo("yes");
        assertThat(met(rows, "cold start to healthy (s)")).isEqualTo("no");
        assertThat(met(rows, "RSS reporting-service (MB)")).isEqualTo("yes");
        assertThat(met(rows, "RSS study-service (MB)")).isEqualTo("no");
    }

    @Test
    void aProcessThatDiedDuringTheRunMissesItsMemoryTarget() throws Exception {
        Results results = Results.open(directory.resolve("results.json"));
        results.put("footprint.n.disclosure-service.rssMb", 0.0);
        results.put("footprint.n.disclosure-service.peakMb", 0.0);

        ResultTable.Row row = new ResultTable(results).rows().stream()
                .filter(r -> r.measure().equals("RSS disclosure-service (MB)")).findFirst().orElseThrow();

        assertThat(row.ours()).isEqualTo("— (not running)");
        assertThat(row.met()).isEqualTo("no");
    }

    @Test
    void theTwoInstanceRowComparesTheGatewayWithTwoInstancesToOne() throws Exception {
        Results results = Results.open(directory.resolve("results.json"));
        results.put("load.gateway.throughputPerS", 150.0);
        results.put("load.direct.throughputPerS", 500.0);
        assertThat(measures(new ResultTable(results).rows())).doesNotContain("gateway, 2 instances (rec/s)");

        results.put("load.gateway2.throughputPerS", 180.0);
        results.put("load.gateway2.failed", 3L);
        ResultTable.Row row = new ResultTable(results).rows().stream()
                .filter(r -> r.measure().equals("gateway, 2 instances (rec/s)")).findFirst().orElseThrow();

        assertThat(row.ours()).isEqualTo("180 (3 non-2xx)");
        assertThat(row.baseline()).isEqualTo("150 1 instance");
        assertThat(row.ratio()).isEqualTo("1.20× 2/1");
    }

    private static String met(List<ResultTable.Row> rows, String measure) {
        return rows.stream().filter(row -> row.measure().equals(measure)).findFirst().orElseThrow().met();
    }

    @Test
    void theDistrictsRowsSayWhetherEachTargetIsMetAndWhatFailed() throws Exception {
        Results results = Results.open(directory.resolve("results.json"));
        results.put("district.departments", 60L);
        results.put("district.table.firstMs", 1500.0);
        results.put("district.table.firstStatus", 200L);
        results.put("district.table.p50Ms", 120.0);
        results.put("district.table.p95Ms", 150.0);
        results.put("district.table.p99Ms", 180.0);
        results.put("district.table.failures", 0L);
        results.put("district.figures.firstMs", 400.0);
        results.put("district.figures.firstStatus", 504L);
        results.put("district.figures.firstReads.p50Ms", 300.0);
        results.put("district.figures.firstReads.p99Ms", 600.0);
        results.put("district.figures.firstReads.failures", 0L);
        results.put("district.figures.p50Ms", 12.0);
        results.put("district.figures.p95Ms", 30.0);
        results.put("district.figures.p99Ms", 45.0);
        results.put("district.figures.failures", 2L);
        results.put("reads.n.figures.p99Ms", 27.3);
        results.put("district.figuresAfterWrite.p50Ms", 40.0);
        results.put("district.figuresAfterWrite.p99Ms", 250.0);
        results.put("district.figuresAfterWrite.failures", 0L);

        List<ResultTable.Row> rows = new ResultTable(results).rows();

        assertThat(met(rows, "dept figures after a write p99 (ms)")).isEqualTo("no");
        assertThat(met(rows, "dept figures after a write p50 (ms)")).isEqualTo("—");
        assertThat(rows).filteredOn(row -> row.measure().equals("district table cold (ms)")).singleElement()
                .satisfies(row -> assertThat(row.met()).isEqualTo("no"))
                .satisfies(row -> assertThat(row.ratio()).isEqualTo("1.50×"));
        assertThat(rows).filteredOn(row -> row.measure().equals("district table p99 (ms)")).singleElement()
                .satisfies(row -> assertThat(row.met()).isEqualTo("yes"));
        assertThat(rows).filteredOn(row -> row.measure().equals("dept figures cold (ms)")).singleElement()
                .satisfies(row -> assertThat(row.ours()).isEqualTo("400 (answered 504)"));
        assertThat(rows).filteredOn(row -> row.measure().equals("dept figures p99 (ms)")).singleElement()
                .satisfies(row -> assertThat(row.ours()).isEqualTo("45.0 (2 failed)"))
                .satisfies(row -> assertThat(row.baseline()).isEqualTo("27.3 default"))
                .satisfies(row -> assertThat(row.met()).isEqualTo("no"));
    }
}
