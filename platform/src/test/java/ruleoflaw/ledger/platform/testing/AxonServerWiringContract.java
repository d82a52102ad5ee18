package ruleoflaw.ledger.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;

import javax.sql.DataSource;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.platform.ledger.LedgerExportResource;
import ruleoflaw.ledger.platform.record.RecordIndex;
import ruleoflaw.ledger.platform.record.RecordResource;

/**
 * Under the {@code axonserver} profile Axon Server replaces only the event store and the command, event and query
 * buses; everything else a service keeps is the same bean on the same store as without it. Extend it once per
 * service and add what that service keeps. No Axon Server runs here: the address is one where none listens.
 * Beans are asserted by type because the test classpath's Axon test libraries resolve any handler parameter at
 * startup, so a context that starts proves nothing about, say, a missing deadline manager. The context is closed
 * after the class: left in the cache, its db-scheduler would go on polling the JVM's shared deadline table and
 * take the deadlines of the tests that follow.
 */
@LedgerServiceTest
@ActiveProfiles("axonserver")
@TestPropertySource(properties = "axon.axonserver.servers=127.0.0.1:1")
@DirtiesContext
public abstract class AxonServerWiringContract {

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestRestTemplate http;

    @Test
    void eventsAndMessagesGoThroughAxonServer() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBeansOfType(CommandBus.class).values()).hasAtLeastOneElementOfType(AxonServerCommandBus.class);
        assertThat(context.getBeansOfType(QueryBus.class).values()).hasAtLeastOneElementOfType(AxonServerQueryBus.class);
    }

    /** Tokens stay where they are without Axon Server: PostgreSQL, or MongoDB beside reporting's read models. */
    @Test
    void keepsItsPostgresqlAndItsTokens() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isNotEmpty();
        // by name: the domain services have no MongoDB driver on their class path
        assertThat(context.getBean(TokenStore.class).getClass().getName()).isIn(JpaTokenStore.class.getName(),
                "org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore");
    }

    /** The same beans on the same PostgreSQL as without Axon Server, and an export that answers. */
    @Test
    void keepsItsRecordsIdempotencyAndExportOnPostgresql() {
        boolean keepsRecords = context.getEnvironment().getProperty("ledger.records.enabled", Boolean.class, true);
        assertThat(context.getBean("idempotencyFilter")).isNotNull();
        assertThat(context.getBeanNamesForType(RecordIndex.class)).hasSize(keepsRecords ? 1 : 0);
        assertThat(context.getBeanNamesForType(LedgerExportResource.class)).hasSize(keepsRecords ? 1 : 0);
        if (keepsRecords) {
            // a year that holds no record (nothing is recorded before it happens), so no event is read
            assertThat(export(2100).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    /** An export needs the records' events: with Axon Server away it is a 503 problem, not a 200 cut short. */
    @Test
    void anExportWhileAxonServerIsAwayIsRefusedWithRetryAfter() {
        String type = context.getBeansOfType(RecordResource.class).values().stream().map(RecordResource::recordType)
                .findFirst().orElse(null);
        assumeTrue(type != null, "this service keeps no records to export");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String id = "axon-server-away-" + UUID.randomUUID();
        jdbc.update("""
                insert into ledger_record (record_id, record_type, year, business_date, title, version, details,
                                           recorded_at, recorded_by, changed_at, changed_by)
                values (?, ?, 2099, date '2099-01-01', '测试', 0, '{}', now(), 'test', now(), 'test')""", id, type);
        try {
            var export = export(2099);
            assertThat(export.getStatusCode()).as(export.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(export.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(export.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        } finally {
            jdbc.update("delete from ledger_record where record_id = ?", id);
        }
    }

    private ResponseEntity<String> export(int year) {
        String ledger = "/api/" + context.getEnvironment().getProperty("ledger.security.context") + "/ledger?year=" + year;
        return http.exchange(ledger, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), String.class);
    }

    /** A request of this service that sends a command: method, path, JSON body and the role that may send it. */
    public record Write(HttpMethod method, String path, String json, String role) {
    }

    protected abstract Write aWrite();

    /** A command while Axon Server is out of reach: 503 with Retry-After, as when PostgreSQL is, and nothing kept. */
    @Test
    void aWriteWhileAxonServerIsAwayIsRefusedWithRetryAfter() {
        Write write = aWrite();
        HttpHeaders headers = TestGateway.as("法制科王五", write.role());
        headers.setContentType(MediaType.APPLICATION_JSON);
        String key = "axon-server-away-" + UUID.randomUUID();
        headers.set("Idempotency-Key", key);
        var response = http.exchange(write.path(), write.method(), new HttpEntity<>(write.json(), headers), JsonNode.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(response.getBody().path("detail").asText()).contains("Axon Server");
        var again = http.exchange(write.path(), write.method(), new HttpEntity<>(write.json(), headers), JsonNode.class);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).as("a 503 keeps no answer for its key").isNull();
    }

    /** Health names every store; only Axon Server, which does not listen here, may be down. */
    @Test
    void everyComponentButAxonServerIsUp() throws Exception {
        var response = http.exchange("/actuator/health", HttpMethod.GET, HttpEntity.EMPTY, JsonNode.class);
        JsonNode components = response.getBody().path("components");
        assertThat(components.has("db")).as("PostgreSQL in health").isTrue();
        components.properties().forEach(component -> {
            if (!component.getKey().startsWith("axon")) {
                assertThat(component.getValue().path("status").asText()).as(component.getKey()).isEqualTo("UP");
            }
        });
        assertThat(response.getStatusCode()).isIn(HttpStatus.OK, HttpStatus.SERVICE_UNAVAILABLE);
    }
}
