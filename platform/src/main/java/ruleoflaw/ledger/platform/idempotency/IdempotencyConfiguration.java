package ruleoflaw.ledger.platform.idempotency;

import org.axonframework.common.transaction.TransactionManager;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Idempotent writes: the keys and answers kept in the service's PostgreSQL, in both modes. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc, ObjectMapper json,
            PlatformTransactionManager transactions, Environment environment) {
        // with Axon Server, commands are handled on its threads and their events stored there: no shared transaction
        boolean eventsInThisDatabase = !environment.getProperty("axon.axonserver.enabled", Boolean.class, true);
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(new IdempotencyStore(jdbc), json,
                eventsInThisDatabase ? transactions : null));
        // after Spring Security, which tells whose key it is
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new JoinedCommandTransactions(transactions);
    }
}
