package ruleoflaw.ledger.platform.batch;

import java.util.List;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.idempotency.IdempotencyFilter;
import ruleoflaw.ledger.platform.ledger.LedgerTypes;

/** Ledger lines in batches ({@link LedgerBatchResource}), in every service that keeps records (not reporting). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "ledger.records.enabled", havingValue = "true", matchIfMissing = true)
public class LedgerBatchConfiguration {

    @Bean
    LedgerBatchResource ledgerBatchResource(LedgerTypes types, ObjectProvider<FilterRegistrationBean<?>> filters,
            ObjectProvider<DispatcherServlet> dispatcher, Departments departments, ObjectMapper json) {
        LineDispatcher lines = new LineDispatcher(() -> writeFilters(filters), dispatcher::getObject);
        return new LedgerBatchResource(new LedgerLineWriter(types, lines, departments, json), json);
    }

    /**
     * The filters a write passes that decide what it records, in their order: the idempotency filter, which also
     * holds the line's claim, events and answer in one transaction. (Security and the correlation id were the
     * batch's already; a line's body is UTF-8 JSON by construction.)
     */
    private static List<Filter> writeFilters(ObjectProvider<FilterRegistrationBean<?>> filters) {
        return filters.orderedStream().<Filter>map(FilterRegistrationBean::getFilter).filter(IdempotencyFilter.class::isInstance).toList();
    }
}
