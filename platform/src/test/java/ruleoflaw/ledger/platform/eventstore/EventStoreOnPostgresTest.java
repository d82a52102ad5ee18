package ruleoflaw.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.MetaData;
import jakarta.persistence.EntityManagerFactory;

import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.platform.TestPlatformApplication;
import ruleoflaw.ledger.platform.testing.TestBackendsInitializer;

@SpringBootTest(classes = TestPlatformApplication.class, properties = "ledger.security.context=study")
@ContextConfiguration(initializers = TestBackendsInitializer.class)
class EventStoreOnPostgresTest {

    record SampleRecorded(String id, String title, LocalDate heldOn) {
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    EventStorageEngine storageEngine;

    @Test
    void eventsAreStoredAsJsonInByteaColumnsAndReadBack() {
        String id = UUID.randomUUID().toString();
        var event = new GenericDomainEventMessage<>("Sample", id, 0,
                new SampleRecorded(id, "学习《中华人民共和国宪法》", LocalDate.of(2024, 3, 12)),
                MetaData.with("recordedBy", "法制科"));

        transaction.executeWithoutResult(status -> eventStore.publish(event));

        List<? extends DomainEventMessage<?>> read = eventStore.readEvents(id).asStream().toList();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getPayload())
                .isEqualTo(new SampleRecorded(id, "学习《中华人民共和国宪法》", LocalDate.of(2024, 3, 12)));
        assertThat(read.get(0).getMetaData()).containsEntry("recordedBy", "法制科");

        byte[] stored = jdbc.queryForObject(
                "select payload from domain_event_entry where aggregate_identifier = ?", byte[].class, id);
        assertThat(new String(stored, StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"" + id + "\",\"title\":\"学习《中华人民共和国宪法》\",\"heldOn\":\"2024-03-12\"}");
    }

    @Test
    void aProcessorReadsTheStoreAThousandEventsAQuery() {
        assertThat(storageEngine).isInstanceOf(JpaEventStorageEngine.class);
        assertThat(ReflectionTestUtils.getField(storageEngine, "batchSize")).isEqualTo(1000);
    }

    @Test
    void payloadAndMetadataColumnsAreByteaNotLargeObjects() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where column_name in ('payload', 'meta_data', 'token', 'serialized_saga')
                """);
        assertThat(columns).isNotEmpty().allSatisfy(column -> assertThat(column.get("data_type")).isEqualTo("bytea"));
    }

    @Test
    void globalIndexIsTakenOneAtATimeSoServicesWriteInOrder() {
        Long increment = jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'"
                        + " and schemaname = current_schema()", Long.class);
        assertThat(increment).isEqualTo(1L);
        var generator = (SequenceStyleGenerator) entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(DomainEventEntry.class).getIdentifierGenerator();
        assertThat(generator.getOptimizer().getIncrementSize()).isEqualTo(1);
    }

    @Test
    void axonsUpdateCheckerIsDisabled() {
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
    }
}
