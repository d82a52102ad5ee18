package ruleoflaw.ledger.platform.record;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.ledger.LedgerExport;
import ruleoflaw.ledger.platform.ledger.LedgerExportResource;
import ruleoflaw.ledger.platform.ledger.LedgerLines;
import ruleoflaw.ledger.platform.ledger.LedgerTypes;
import ruleoflaw.ledger.platform.ledger.LedgerTypesResource;

/** The records of a domain service: their index, history, REST support and ledger export. Off in reporting-service. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.records.enabled", havingValue = "true", matchIfMissing = true)
public class RecordConfiguration {

    @Bean
    RecordIndex recordIndex(JdbcTemplate jdbc, ObjectMapper json, Departments departments) {
        return new RecordIndex(jdbc, json, departments);
    }

    @Bean
    RecordIndexProjection recordIndexProjection(RecordIndex index) {
        return new RecordIndexProjection(index);
    }

    /**
     * The index is written in the command's transaction: if it fails, the command fails, and the client is told so.
     * (Axon's default for event handlers logs and goes on; the transaction, aborted in PostgreSQL, then rolled back
     * silently while the client was answered 201.)
     */
    @Bean
    ConfigurerModule recordIndexFailureFailsTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                RecordIndexProjection.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /** The ledger types of the service: each record resource's type, path and steps. */
    @Bean
    @SuppressWarnings("rawtypes")
    LedgerTypes ledgerTypes(ObjectProvider<RecordResource> resources, Environment environment) {
        return new LedgerTypes(() -> resources.stream().map(resource -> LedgerTypes.declaredBy(
                AopUtils.getTargetClass(resource), resource.recordType(), environment)).toList());
    }

    @Bean
    LedgerTypesResource ledgerTypesResource(LedgerTypes types, @Value("${ledger.security.context}") String context) {
        return new LedgerTypesResource(types, context);
    }

    @Bean
    LedgerExport ledgerExport(JdbcTemplate jdbc, EventStore events, ObjectProvider<LedgerLines> lines,
            LedgerTypes types, ObjectMapper json) {
        // the record index and the event store hold every service's records: a service exports the types it keeps
        return new LedgerExport(jdbc, events, lines.getIfAvailable(() -> LedgerLines.PLAIN), types, json);
    }

    @Bean
    LedgerExportResource ledgerExportResource(LedgerExport export, ObjectMapper json, TransactionTemplate transactions,
            Departments departments) {
        return new LedgerExportResource(export, json, transactions, departments);
    }

    @Bean
    RecordSupport recordSupport(CommandGateway commands, @Value("${ledger.security.context}") String context,
            RecordIndex index, EventStore events, ObjectProvider<LedgerLines> lines, ObjectMapper json,
            Departments departments) {
        return new RecordSupport(commands, context, index, new RecordHistory(events),
                lines.getIfAvailable(() -> LedgerLines.PLAIN), json, departments);
    }
}
