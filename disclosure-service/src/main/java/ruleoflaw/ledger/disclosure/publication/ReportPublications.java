package ruleoflaw.ledger.disclosure.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.UnknownSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.record.RecordCommands;
import ruleoflaw.ledger.platform.audit.AuditMetadata;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.record.SimpleRecord;

/**
 * The department's publication of its annual report, made in the suite, is an information item it published: this
 * records it ({@code <reportId>-publication}) when reporting-service's {@code ReportPublished} of revision 1 comes
 * by in the shared event store, for the report's department, as the approver who published it. Reporting's events
 * are of classes unknown here, so they arrive as {@link UnknownSerializedType} and are read by their type's name.
 * An item that already exists (a replay, a retry after a failure) is left as it is.
 */
@Component
@ProcessingGroup(ReportPublications.PROCESSING_GROUP)
class ReportPublications {

    static final String PROCESSING_GROUP = "disclosure-report-publications";
    /** reporting-service's event, by the name its events are stored under. */
    static final String REPORT_PUBLISHED = "ruleoflaw.ledger.reporting.report.ReportPublished";
    private static final List<String> COPIED = List.of(AuditMetadata.DEPARTMENT, AuditMetadata.RECORDED_BY,
            AuditMetadata.CORRELATION_ID);
    private static final Logger LOG = LoggerFactory.getLogger(ReportPublications.class);

    private final CommandGateway commands;
    private final EventStore events;
    private final Departments departments;
    private final ObjectMapper json;
    private final String recordCommand;

    ReportPublications(CommandGateway commands, EventStore events, Departments departments, ObjectMapper json,
            @Value("${ledger.security.context}") String context) {
        this.commands = commands;
        this.events = events;
        this.departments = departments;
        this.json = json;
        this.recordCommand = context + SimpleRecord.RECORD;
    }

    @EventHandler
    void on(UnknownSerializedType event, MetaData metaData) {
        if (!REPORT_PUBLISHED.equals(event.serializedType().getName())) {
            return;
        }
        PublishedReport report = PublishedReport.of(read(event));
        if (!report.firstPublication() || events.lastSequenceNumberFor(report.itemId()).isPresent()) {
            return;
        }
        Map<String, Object> audit = new HashMap<>();
        COPIED.forEach(key -> {
            if (metaData.get(key) != null) {
                audit.put(key, metaData.get(key));
            }
        });
        String department = departments.orDefault((String) audit.get(AuditMetadata.DEPARTMENT));
        audit.put(AuditMetadata.DEPARTMENT, department);
        commands.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(
                new RecordCommands.Record(report.itemId(), report.item(nameInTitle(department))), audit), recordCommand));
        LOG.info("The {} published on {} is recorded as information item {}", report.reportId(), report.publishedOn(),
                report.itemId());
    }

    /** The default department's name when one is configured; other departments' names are reporting's to know. */
    private String nameInTitle(String department) {
        String name = departments.defaultName();
        return departments.isDefault(department) && name != null && !name.isBlank() && !Departments.UNNAMED.equals(name)
                ? name : null;
    }

    private JsonNode read(UnknownSerializedType event) {
        try {
            return json.readTree(event.readData(byte[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + REPORT_PUBLISHED, e);
        }
    }
}
