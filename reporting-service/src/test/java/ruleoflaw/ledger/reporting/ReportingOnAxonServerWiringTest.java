package ruleoflaw.ledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import ruleoflaw.ledger.platform.testing.AxonServerWiringContract;

class ReportingOnAxonServerWiringTest extends AxonServerWiringContract {

    /** An event a projection fails on waits in reporting-service's PostgreSQL, with Axon Server too. */
    @Test
    void deadLettersAreKeptInPostgresql() {
        var processing = context.getBean(EventProcessingConfiguration.class);
        for (String group : new String[] {"reporting-ledger-records", "reporting-annual-reports"}) {
            assertThat(processing.deadLetterQueue(group)).as(group).containsInstanceOf(JpaSequencedDeadLetterQueue.class);
        }
    }

    @Override
    protected Write aWrite() {
        return new Write(HttpMethod.PUT, "/api/reports/2011/report/narrative/measures", """
                {"text":"推进依法行政"}""", "editor");
    }
}
