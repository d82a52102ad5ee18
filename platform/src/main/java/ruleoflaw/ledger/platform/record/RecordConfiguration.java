package ruleoflaw.ledger.platform.record;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The records of a domain service: their index, history and REST support. Off in reporting-service. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.records.enabled", havingValue = "true", matchIfMissing = true)
public class RecordConfiguration {

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    RecordIndex recordIndex(JdbcTemplate jdbc, ObjectMapper json) {
        return new RecordIndex(jdbc, json);
    }

    @Bean
    @ConditionalOnBean(RecordIndex.class)
    RecordIndexProjection recordIndexProjection(RecordIndex index) {
        return new RecordIndexProjection(index);
    }

    @Bean
    RecordSupport recordSupport(CommandGateway commands, ObjectProvider<RecordIndex> index, EventStore events) {
        return new RecordSupport(commands, index, new RecordHistory(events));
    }
}
