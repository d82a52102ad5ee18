package ruleoflaw.ledger.platform.idempotency;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Idempotent writes: the keys and answers kept in the service's PostgreSQL, in both modes. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(new IdempotencyStore(jdbc), json));
        // after Spring Security, which tells whose key it is
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
