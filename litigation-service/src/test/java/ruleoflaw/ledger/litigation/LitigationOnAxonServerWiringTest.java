package ruleoflaw.ledger.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import ruleoflaw.ledger.platform.testing.AxonServerWiringContract;

class LitigationOnAxonServerWiringTest extends AxonServerWiringContract {

    /** The legal clocks' deadlines stay persistent, in this service's PostgreSQL, with Axon Server too. */
    @Test
    void deadlinesAreKeptInPostgresql() {
        assertThat(context.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Override
    protected Write aWrite() {
        return new Write(HttpMethod.POST, "/api/litigation/counsel", """
                {"name":"张明","firm":"重庆渝法律师事务所","termStart":"2011-01-01","termEnd":"2011-12-31","retainedOn":"2011-01-05","filedOn":"2011-01-19"}""", "recorder");
    }
}
