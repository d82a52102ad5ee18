package ruleoflaw.ledger.bench.reads;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.bench.Latencies;
import ruleoflaw.ledger.bench.Results;
import ruleoflaw.ledger.bench.Suite;
import ruleoflaw.ledger.bench.generate.DepartmentSpread;
import ruleoflaw.ledger.bench.run.BenchFailure;

/**
 * The district at N events ({@code --departments D}, D > 1), through the gateway, one request at a time:
 * <ol>
 * <li>the D departments registered as admin ({@code POST /api/reports/departments}, named 基准部门01… since
 * 2015-01-01; one that exists already, 409, is fine);</li>
 * <li>the district's table of {@link #TABLE_YEAR} as supervisor ({@code GET /api/reports/district/2024}): the first
 * request on its own (cold: every department's figures of the year computed), ten warm-up, then R measured;</li>
 * <li>one department's figures as a district-wide auditor ({@code GET /api/reports/{year}/figures?department=dNN}):
 * the first of a department-year the table did not read (d01's {@link #COLD_YEAR}) on its own (cold); then every
 * other department-year of the years before the table's once, in a shuffled order (each the first read of its
 * department-year: their percentiles are reported as such); then 10 × R measured, each of a department and year
 * drawn at random (fixed seed) from all D × 10.</li>
 * </ol>
 * A non-200 answer, or figures of another department than asked, is a failed request, counted and left out of the
 * percentiles.
 */
public final class DistrictReads {

    static final int WARM_UP = 10;
    static final int FIRST_YEAR = 2015;
    static final int TABLE_YEAR = 2024;
    static final int COLD_YEAR = 2019;
    static final int SPREAD_READS_PER_READ = 10;
    static final String SINCE = "2015-01-01";
    private static final long SEED = 20_261_206L;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final Suite suite;
    private final Results results;
    private final HttpClient http = Suite.http();

    public DistrictReads(Suite suite, Results results) {
        this.suite = suite;
        this.results = results;
    }

    /** Registers the departments as admin; fails the bench if one is refused. */
    public void register(DepartmentSpread departments) throws IOException, InterruptedException {
        String admin = suite.basic("admin");
        long started = System.nanoTime();
        int created = 0;
        int existed = 0;
        for (int i = 0; i < departments.count(); i++) {
            ObjectNode body = Results.json().createObjectNode().put("code", departments.code(i))
                    .put("name", departments.name(i)).put("since", SINCE);
            HttpResponse<String> response = post("/api/reports/departments", admin, body.toString());
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() == 409) {
                existed++;
            } else {
                throw new BenchFailure("bench: POST /api/reports/departments " + body + " answered "
                        + response.statusCode() + ": " + response.body());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        results.put("district.departments", (long) departments.count());
        results.put("district.register.created", (long) created);
        results.put("district.register.existed", (long) existed);
        results.put("district.register.seconds", seconds);
        System.out.printf("bench: registered %d departments as admin (%d created, %d existed) in %.1f s%n",
                departments.count(), created, existed, seconds);
    }

    /** The district's table of {@link #TABLE_YEAR} as supervisor: cold, then R measured after ten warm-up. */
    public void table(DepartmentSpread departments, int requests) throws IOException, InterruptedException {
        String supervisor = suite.basic("supervisor");
        String path = "/api/reports/district/" + TABLE_YEAR;
        Latencies measured = new Latencies();
        int failures = 0;
        for (int i = 0; i < 1 + WARM_UP + requests; i++) {
            Answer answer = get(path, supervisor);
            boolean ok = answer.status() == 200;
            if (i == 0) {
                results.put("district.table.firstMs", answer.nanos() / 1e6);
                results.put("district.table.firstStatus", (long) answer.status());
                if (ok) {
                    describeTable(departments, answer.body());
                }
            }
            if (!ok) {
                failures++;
                complain(path, answer, failures);
            } else if (i > WARM_UP) {
                measured.add(answer.nanos());
            }
        }
        put("district.table", measured, failures);
        System.out.printf("bench: district table %d: first %.1f ms (answered %d)  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  "
                + "(%d answered 200, %d failed)%n", TABLE_YEAR, results.number("district.table.firstMs"),
                (long) results.number("district.table.firstStatus"), measured.percentileMs(50), measured.percentileMs(95),
                measured.percentileMs(99), measured.count(), failures);
    }

    /**
     * The department's figures, then the table, right after each of {@code rounds} records of one department (a study
     * session of {@link #TABLE_YEAR} by a recorder of the first department, added for it as admin): the figures are
     * read from the yearly projection, and the table reads only that department's anew, the others' are kept.
     */
    public void tableAfterWrites(DepartmentSpread departments, int rounds) throws IOException, InterruptedException {
        String code = departments.code(0);
        String name = "bench-recorder-" + code;
        ObjectNode user = Results.json().createObjectNode().put("name", name);
        user.putArray("roles").add("recorder");
        user.putArray("departments").add(code);
        HttpResponse<String> added = post("/api/users", suite.basic("admin"), user.toString());
        if (added.statusCode() != 201) {
            throw new BenchFailure("bench: POST /api/users " + user + " answered " + added.statusCode() + ": " + added.body());
        }
        String recorder = "Basic " + java.util.Base64.getEncoder().encodeToString((name + ":"
                + Results.json().readTree(added.body()).path("password").asText()).getBytes(StandardCharsets.UTF_8));
        String supervisor = suite.basic("supervisor");
        String auditor = suite.basic("auditor");
        String path = "/api/reports/district/" + TABLE_YEAR;
        String figuresPath = "/api/reports/" + TABLE_YEAR + "/figures?department=" + code;
        Latencies measured = new Latencies();
        Latencies figuresMeasured = new Latencies();
        int failures = 0;
        int figuresFailures = 0;
        for (int i = 0; i < rounds; i++) {
            String session = "{\"kind\":\"COLLECTIVE_STUDY\",\"title\":\"基准：写入后的全区汇总 " + i + "\",\"heldOn\":\""
                    + TABLE_YEAR + "-05-0" + (1 + i % 9) + "\",\"attendees\":10}";
            HttpResponse<String> recorded = post("/api/study/sessions?department=" + code, recorder, session);
            if (recorded.statusCode() != 201) {
                throw new BenchFailure("bench: POST /api/study/sessions?department=" + code + " answered "
                        + recorded.statusCode() + ": " + recorded.body());
            }
            Thread.sleep(300); // the projection has written the version and the department's kept figures
            Answer figures = get(figuresPath, auditor);
            if (figures.ok()) {
                figuresMeasured.add(figures.nanos());
            } else {
                figuresFailures++;
                complain(figuresPath, figures, figuresFailures);
            }
            Answer answer = get(path, supervisor);
            if (answer.ok()) {
                measured.add(answer.nanos());
            } else {
                failures++;
                complain(path, answer, failures);
            }
        }
        put("district.tableAfterWrite", measured, failures);
        put("district.figuresAfterWrite", figuresMeasured, figuresFailures);
        System.out.printf("bench: figures of %s %d after each of its records: p50 %.1f ms  p99 %.1f ms  (%d failed)%n",
                code, TABLE_YEAR, figuresMeasured.percentileMs(50), figuresMeasured.percentileMs(99), figuresFailures);
        System.out.printf("bench: district table %d after a record of %s: p50 %.1f ms  p99 %.1f ms  (%d rounds, %d failed)%n",
                TABLE_YEAR, code, measured.percentileMs(50), measured.percentileMs(99), measured.count(), failures);
    }

    private HttpResponse<String> post(String path, String authorization, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Suite.GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The figures the yearly projection keeps equal those computed from the record versions ({@code asOf} now, which
     * the projection never answers), for {@code samples} department-years drawn at random: the million's part of the
     * property the service's tests check on random histories.
     */
    public void keptAsComputed(DepartmentSpread departments, int samples) throws IOException, InterruptedException {
        String auditor = suite.basic("auditor");
        Random random = new Random(SEED + 1);
        int equal = 0;
        for (int i = 0; i < samples; i++) {
            Pair pair = new Pair(departments.code(random.nextInt(departments.codes().size())),
                    FIRST_YEAR + random.nextInt(TABLE_YEAR - FIRST_YEAR + 1));
            Answer kept = get(pair.path(), auditor);
            Answer computed = get(pair.path() + "&asOf=" + java.time.Instant.now(), auditor);
            if (!kept.ok() || !computed.ok()) {
                throw new BenchFailure("bench: GET " + pair.path() + " answered " + kept.status() + " kept, "
                        + computed.status() + " as of now");
            }
            if (Results.json().readTree(kept.body()).path("figures")
                    .equals(Results.json().readTree(computed.body()).path("figures"))) {
                equal++;
            } else {
                System.err.printf("bench: %s %d: kept %s%n  computed %s%n", pair.department(), pair.year(),
                        Results.json().readTree(kept.body()).path("figures"),
                        Results.json().readTree(computed.body()).path("figures"));
            }
        }
        results.put("district.keptAsComputed.checked", (long) samples);
        results.put("district.keptAsComputed.equal", (long) equal);
        System.out.printf("bench: kept figures equal the computed ones in %d of %d department-years%n", equal, samples);
    }

    /** One department's figures as auditor: cold, each department-year's first read, then 10 × R spread at random. */
    public void figures(DepartmentSpread departments, int reads) throws IOException, InterruptedException {
        String auditor = suite.basic("auditor");
        List<Pair> all = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= TABLE_YEAR; year++) {
            for (String code : departments.codes()) {
                all.add(new Pair(code, year));
            }
        }
        Pair cold = new Pair(departments.code(0), COLD_YEAR);
        Answer first = figures(cold, auditor);
        results.put("district.figures.firstMs", first.nanos() / 1e6);
        results.put("district.figures.firstStatus", (long) first.status());
        results.put("district.figures.firstOf", cold.department() + " " + cold.year());
        int failures = 0;
        if (!first.ok()) {
            failures++;
            complain(cold.path(), first, failures);
        }

        List<Pair> unread = new ArrayList<>(all.stream().filter(pair -> pair.year() != TABLE_YEAR && !pair.equals(cold))
                .toList());
        Random random = new Random(SEED);
        Collections.shuffle(unread, random);
        Latencies firstReads = new Latencies();
        int firstFailures = 0;
        for (Pair pair : unread) {
            Answer answer = figures(pair, auditor);
            if (answer.ok()) {
                firstReads.add(answer.nanos());
            } else {
                firstFailures++;
                complain(pair.path(), answer, firstFailures);
            }
        }
        put("district.figures.firstReads", firstReads, firstFailures);
        results.put("district.figures.firstReads.maxMs", firstReads.percentileMs(100));
        System.out.printf("bench: district figures, each department-year's first read (%d, shuffled): p50 %.1f ms  "
                + "p95 %.1f ms  p99 %.1f ms  max %.1f ms  (%d failed)%n", unread.size(), firstReads.percentileMs(50),
                firstReads.percentileMs(95), firstReads.percentileMs(99), firstReads.percentileMs(100), firstFailures);

        int requests = reads * SPREAD_READS_PER_READ;
        Latencies measured = new Latencies();
        for (int i = 0; i < requests; i++) {
            Pair pair = all.get(random.nextInt(all.size()));
            Answer answer = figures(pair, auditor);
            if (answer.ok()) {
                measured.add(answer.nanos());
            } else {
                failures++;
                complain(pair.path(), answer, failures);
            }
        }
        put("district.figures", measured, failures);
        results.put("district.figures.pairs", (long) all.size());
        System.out.printf("bench: district figures as auditor: first (%s %d) %.1f ms (answered %d)  then %d spread over "
                + "%d department-years: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  (%d answered 200, %d failed)%n",
                cold.department(), cold.year(), first.nanos() / 1e6, first.status(), requests, all.size(),
                measured.percentileMs(50), measured.percentileMs(95), measured.percentileMs(99), measured.count(),
                failures);
    }

    private void describeTable(DepartmentSpread departments, String body) throws IOException {
        JsonNode table = Results.json().readTree(body);
        int rows = 0;
        int ours = 0;
        int withRecords = 0;
        for (JsonNode row : table.path("departments")) {
            rows++;
            if (departments.codes().contains(row.path("code").asText())) {
                ours++;
                boolean any = false;
                for (JsonNode figure : row.path("figures")) {
                    any |= figure.asLong() > 0;
                }
                withRecords += any ? 1 : 0;
            }
        }
        results.put("district.table.rows", (long) rows);
        results.put("district.table.benchDepartments", (long) ours);
        results.put("district.table.benchDepartmentsWithFigures", (long) withRecords);
        results.put("district.table.studySessionsTotal", table.path("totals").path("study.sessions.total").asLong());
        System.out.printf("bench: the district table of %d has %d rows: %d of the bench's %d departments, %d of them "
                + "with figures above 0; study sessions in all %d%n", TABLE_YEAR, rows, ours, departments.count(),
                withRecords, table.path("totals").path("study.sessions.total").asLong());
        if (ours != departments.count()) {
            System.err.printf("bench: warning: the district table of %d lists %d of the %d registered departments%n",
                    TABLE_YEAR, ours, departments.count());
        }
    }

    private Answer figures(Pair pair, String auditor) throws IOException, InterruptedException {
        Answer answer = get(pair.path(), auditor);
        if (answer.status() != 200) {
            return answer;
        }
        String department = Results.json().readTree(answer.body()).path("department").asText();
        return department.equals(pair.department()) ? answer
                : new Answer(answer.nanos(), answer.status(), "figures of department '" + department + "'", false);
    }

    private Answer get(String path, String authorization) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.GATEWAY + path)).timeout(TIMEOUT)
                .header("Authorization", authorization).GET().build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long took = System.nanoTime() - started;
            return new Answer(took, response.statusCode(), response.body(), response.statusCode() == 200);
        } catch (IOException timeout) {
            return new Answer(System.nanoTime() - started, -1, timeout.toString(), false);
        }
    }

    private void put(String key, Latencies measured, int failures) {
        results.put(key + ".p50Ms", measured.percentileMs(50));
        results.put(key + ".p95Ms", measured.percentileMs(95));
        results.put(key + ".p99Ms", measured.percentileMs(99));
        results.put(key + ".requests", (long) measured.count());
        results.put(key + ".failures", (long) failures);
    }

    private static void complain(String path, Answer answer, int failures) {
        if (failures <= 3) {
            String body = answer.body() == null ? "" : answer.body();
            System.err.printf("bench: GET %s answered %d: %s%n", path, answer.status(),
                    body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    private record Answer(long nanos, int status, String body, boolean ok) {
    }

    private record Pair(String department, int year) {
        String path() {
            return "/api/reports/" + year + "/figures?department=" + department;
        }
    }
}
