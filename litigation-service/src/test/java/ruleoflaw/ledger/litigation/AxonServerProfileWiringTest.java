package ruleoflaw.ledger.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Under the {@code axonserver} profile (docker-compose) the service starts without PostgreSQL; its defence
 * deadlines then live in memory only (no db-scheduler without a data source). Wiring only: no Axon Server runs here.
 */
@SpringBootTest(properties = "axon.axonserver.servers=127.0.0.1:1")
@ActiveProfiles("axonserver")
class AxonServerProfileWiringTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eventsGoToAxonServerAndNoDataSourceIsNeeded() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
    }
}
