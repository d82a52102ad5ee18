package ruleoflaw.ledger.gateway.dashboard;

import java.util.List;

/**
 * One service as the gateway sees it: its actuator health status ({@code UP}, {@code DOWN}, ... or
 * {@code UNREACHABLE}), how long asking took, and for the reporting service how far each projection lags behind
 * the event store ({@code ledger_processor_lag*} gauges of its metrics), if it publishes that.
 */
record ServiceHealth(String service, String status, long millis, List<Lag> lag) {

    /** One gauge: the metric's name (its unit is in the name, as Prometheus names go), its labels and value. */
    record Lag(String metric, String labels, double value) {
    }
}
