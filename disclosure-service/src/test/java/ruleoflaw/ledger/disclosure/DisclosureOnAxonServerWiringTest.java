package ruleoflaw.ledger.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import ruleoflaw.ledger.platform.testing.AxonServerWiringContract;

class DisclosureOnAxonServerWiringTest extends AxonServerWiringContract {

    /** The legal clocks' deadlines stay persistent, in this service's PostgreSQL, with Axon Server too. */
    @Test
    void deadlinesAreKeptInPostgresql() {
        assertThat(context.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Override
    protected Write aWrite() {
        return new Write(HttpMethod.POST, "/api/disclosure/items", """
                {"category":"GUIDE","title":"政府信息公开指南","publishedOn":"2011-01-10","channel":"政府门户网站"}""", "recorder");
    }
}
