package ruleoflaw.ledger.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One record type's whole lifecycle through the service's API: recorded, listed, corrected with a reason,
 * withdrawn, its history, an idempotent POST, a chosen record id, the export. Extend it once per service for the
 * embedded event store, and once more with {@link OnAxonServer} for Axon Server: the same tests in both modes.
 */
public abstract class RecordLifecycleContract extends RecordsApiSupport {

    /** The year the records of these tests belong to, kept apart from the other tests' years. */
    protected static final int YEAR = 2011;

    @Value("${ledger.security.context}")
    String context;
    @Autowired
    EventStore events;
    @Autowired
    TransactionTemplate transactions;

    /** The record type's path, e.g. {@code /api/study/sessions}. */
    protected abstract String path();

    /** A valid record of {@link #YEAR} whose text (a title, a name) is {@code text}. */
    protected abstract String record(String text);

    /**
     * The same record as the release before the simple record stored it: its type's own event, under its type's own
     * aggregate (e.g. {@code StudySessionRecorded} of a {@code StudySession}).
     */
    protected abstract DomainEventMessage<?> storedByThePreviousRelease(String id, String text);

    @Override
    protected String recorder() {
        return "法制科李四";
    }

    @Test
    void aRecordIsListedCorrectedWithdrawnAndExportedWithItsHistory() {
        String text = "生命周期" + UUID.randomUUID().toString().substring(0, 8);
        String id = recorded(path(), record(text));
        assertThat(listed()).contains(id);

        var corrected = send(HttpMethod.PUT, path() + "/" + id,
                "{\"expectedVersion\":0,\"reason\":\"更正名称\",\"record\":" + record(text + "（更正）") + "}");
        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(corrected.getBody()).containsEntry("version", 1);
        assertThat(corrected.getBody().get("record").toString()).contains(text + "（更正）");

        var stale = send(HttpMethod.PUT, path() + "/" + id,
                "{\"expectedVersion\":0,\"reason\":\"再次更正\",\"record\":" + record(text) + "}");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        var withdrawn = send(HttpMethod.POST, path() + "/" + id + "/withdrawal",
                "{\"expectedVersion\":1,\"reason\":\"重复录入\"}");
        assertThat(withdrawn.getStatusCode()).as(String.valueOf(withdrawn.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(get(path() + "/" + id).getBody()).containsEntry("withdrawn", true).containsEntry("version", 2);

        var history = http.exchange(path() + "/" + id + "/history", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), List.class);
        assertThat(history.getBody()).extracting(change -> ((Map<?, ?>) change).get("reason"))
                .containsExactly(null, "更正名称", "重复录入");

        String export = http.exchange("/api/" + context + "/ledger?year=" + YEAR + "&history=true", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), String.class).getBody();
        assertThat(export).contains("\"" + id + "\"", "更正名称", "重复录入");
    }

    @Test
    void anIdempotentPostRecordsOnceAndAChosenRecordIdIsKept() {
        String key = "lifecycle-" + UUID.randomUUID();
        String text = "幂等" + key.substring(10, 18);
        HttpHeaders headers = TestGateway.as(recorder(), "recorder");
        headers.set("Idempotency-Key", key);
        ResponseEntity<Map> first = http.exchange(path(), HttpMethod.POST, new HttpEntity<>(record(text), headers), Map.class);
        ResponseEntity<Map> again = http.exchange(path(), HttpMethod.POST, new HttpEntity<>(record(text), headers), Map.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(first.getBody());
        var history = http.exchange(path() + "/" + first.getBody().get("id") + "/history", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), List.class);
        assertThat(history.getBody()).extracting(change -> ((Map<?, ?>) change).get("idempotencyKey"))
                .as("a client sending a line again finds its change by its key").containsExactly(key);

        String chosen = "lifecycle-record-" + UUID.randomUUID();
        HttpHeaders withId = TestGateway.as(recorder(), "recorder");
        withId.set("Record-Id", chosen);
        var recorded = http.exchange(path(), HttpMethod.POST, new HttpEntity<>(record(text + "乙"), withId), Map.class);
        var present = http.exchange(path(), HttpMethod.POST, new HttpEntity<>(record(text + "乙"), withId), Map.class);
        var other = http.exchange(path(), HttpMethod.POST, new HttpEntity<>(record(text + "丙"), withId), Map.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(recorded.getBody()).containsEntry("id", chosen);
        assertThat(present.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(present.getHeaders().getFirst("Record-Already-Present")).isEqualTo("true");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(listed()).contains(first.getBody().get("id").toString(), chosen).doesNotHaveDuplicates();
    }

    /** A ledger written by the previous release keeps working: its records are listed, corrected and withdrawn. */
    @Test
    void aRecordStoredByThePreviousReleaseIsCorrectedAndWithdrawnLikeAnyOther() {
        String id = "previous-release-" + UUID.randomUUID();
        String text = "旧版记录" + id.substring(17, 25);
        transactions.executeWithoutResult(status -> events.publish(storedByThePreviousRelease(id, text)));
        assertThat(listed()).contains(id);

        var corrected = send(HttpMethod.PUT, path() + "/" + id,
                "{\"expectedVersion\":0,\"reason\":\"更正名称\",\"record\":" + record(text + "（更正）") + "}");
        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
        var withdrawn = send(HttpMethod.POST, path() + "/" + id + "/withdrawal",
                "{\"expectedVersion\":1,\"reason\":\"重复录入\"}");
        assertThat(withdrawn.getStatusCode()).as(String.valueOf(withdrawn.getBody())).isEqualTo(HttpStatus.OK);
        var history = http.exchange(path() + "/" + id + "/history", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), List.class);
        assertThat(history.getBody()).extracting(change -> ((Map<?, ?>) change).get("reason"))
                .containsExactly(null, "更正名称", "重复录入");
    }

    /** A record is its department's: another department neither lists, fetches, corrects, withdraws nor exports it. */
    @Test
    void aRecordBelongsToTheDepartmentItWasRecordedFor() {
        String text = "部门" + UUID.randomUUID().toString().substring(0, 8);
        HttpHeaders ours = TestGateway.inDepartment("dept-a", false, recorder(), "recorder");
        HttpHeaders theirs = TestGateway.inDepartment("dept-b", false, "区司法局录入员", "recorder");
        ResponseEntity<Map> recorded = http.exchange(path(), HttpMethod.POST, new HttpEntity<>(record(text), ours), Map.class);
        assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = (String) recorded.getBody().get("id");

        assertThat(listed(theirs)).doesNotContain(id);
        assertThat(listed(TestGateway.as("审计员", "auditor"))).as("the default department's").doesNotContain(id);
        assertThat(http.exchange(path() + "/" + id, HttpMethod.GET, new HttpEntity<>(theirs), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        var correction = http.exchange(path() + "/" + id, HttpMethod.PUT, new HttpEntity<>(
                "{\"expectedVersion\":0,\"reason\":\"越权更正\",\"record\":" + record(text + "乙") + "}", theirs), Map.class);
        var withdrawal = http.exchange(path() + "/" + id + "/withdrawal", HttpMethod.POST, new HttpEntity<>(
                "{\"expectedVersion\":0,\"reason\":\"越权撤回\"}", theirs), Map.class);
        assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withdrawal.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String theirExport = http.exchange("/api/" + context + "/ledger?year=" + YEAR, HttpMethod.GET,
                new HttpEntity<>(theirs), String.class).getBody();
        assertThat(theirExport == null ? "" : theirExport).doesNotContain(id);

        assertThat(listed(ours)).contains(id);
        assertThat(http.exchange(path() + "/" + id, HttpMethod.GET, new HttpEntity<>(ours), Map.class).getBody())
                .containsEntry("department", "dept-a").containsEntry("version", 0).containsEntry("withdrawn", false);
    }

    private List<String> listed() {
        return listed(TestGateway.as("审计员", "auditor"));
    }

    @SuppressWarnings("unchecked")
    private List<String> listed(HttpHeaders as) {
        ResponseEntity<Map> page = http.exchange(path() + "?year=" + YEAR + "&size=500", HttpMethod.GET,
                new HttpEntity<>(as), Map.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((List<Map<String, Object>>) page.getBody().get("records")).stream().map(r -> (String) r.get("id")).toList();
    }
}
