package ruleoflaw.ledger.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServicesHealthTest {

    @Test
    void readsEveryLagSampleOfAPrometheusExpositionAndNothingElse() {
        String exposition = """
                # HELP ledger_processor_lag events behind the event store
                # TYPE ledger_processor_lag gauge
                ledger_processor_lag{application="reporting-service",processor="ledger-records"} 12.0
                ledger_processor_lag_seconds 0.5 1700000000000
                ledger_processor_lagging{x="y"} 7.0
                jvm_threads_live_threads{application="reporting-service"} 40.0
                ledger_processor_lag{processor="broken"} NaN-ish
                """;

        assertThat(ServicesHealth.lagGauges(exposition)).containsExactly(
                new ServiceHealth.Lag("ledger_processor_lag", "application=\"reporting-service\",processor=\"ledger-records\"", 12.0),
                new ServiceHealth.Lag("ledger_processor_lag_seconds", "", 0.5));
    }
}
