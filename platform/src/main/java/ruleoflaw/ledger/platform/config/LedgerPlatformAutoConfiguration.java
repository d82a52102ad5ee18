package ruleoflaw.ledger.platform.config;

import java.time.Clock;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

import ruleoflaw.ledger.platform.audit.AuditMetadata;
import ruleoflaw.ledger.platform.audit.Recorder;
import ruleoflaw.ledger.platform.audit.RequestCorrelationFilter;
import ruleoflaw.ledger.platform.batch.LedgerBatchConfiguration;
import ruleoflaw.ledger.platform.calendar.CalendarConfiguration;
import ruleoflaw.ledger.platform.department.DepartmentConfiguration;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.problem.LedgerProblems;
import ruleoflaw.ledger.platform.processing.ProcessingConfiguration;
import ruleoflaw.ledger.platform.problem.ServletErrors;
import ruleoflaw.ledger.platform.eventstore.ConcurrentMigrations;
import ruleoflaw.ledger.platform.eventstore.LedgerSnapshots;
import ruleoflaw.ledger.platform.idempotency.IdempotencyConfiguration;
import ruleoflaw.ledger.platform.metrics.LedgerMetricsConfiguration;
import ruleoflaw.ledger.platform.readmodel.MongoReadModelConfiguration;
import ruleoflaw.ledger.platform.record.RecordConfiguration;
import ruleoflaw.ledger.platform.security.ServiceSecurityConfiguration;
import ruleoflaw.ledger.platform.web.DecimalNumbers;
import ruleoflaw.ledger.platform.web.StrictJson;

/** What every ledger service gets by depending on {@code platform}. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration", beforeName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        // its own Axon transaction manager (JoinedCommandTransactions)
        "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JpaAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration",
        // its own ErrorController (ServletErrors) instead of Boot's
        "org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration"})
@Import({CalendarConfiguration.class, DepartmentConfiguration.class, LedgerProblems.class, ServletErrors.class, ServiceSecurityConfiguration.class, IdempotencyConfiguration.class,
        RecordConfiguration.class, LedgerBatchConfiguration.class, MongoReadModelConfiguration.class,
        // after MongoReadModelConfiguration: its token store, if any, comes first
        ProcessingConfiguration.class, LedgerSnapshots.class,
        ConcurrentMigrations.class,
        LedgerMetricsConfiguration.class, StrictJson.class,
        DecimalNumbers.class})
public class LedgerPlatformAutoConfiguration {

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RequestCorrelationFilter> requestCorrelationFilter() {
        FilterRegistrationBean<RequestCorrelationFilter> registration = new FilterRegistrationBean<>(new RequestCorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Axon's own origin tracking, under a name that leaves {@code correlationId} to the request id. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return AuditMetadata.copiedToEvents();
    }

    @Bean
    SmartInitializingSingleton auditMetadataOnCommands(ObjectProvider<CommandGateway> gateway, Recorder recorder, Clock clock,
            Departments departments) {
        return () -> gateway.ifAvailable(g -> g.registerDispatchInterceptor(
                AuditMetadata.dispatchInterceptor(recorder, clock, departments::current)));
    }
}
