package ruleoflaw.ledger.gateway.dashboard;

import java.util.List;

/**
 * One service as the gateway sees it: its actuator health status ({@code UP}, {@code DOWN}, ... or
 * {@code UNREACHABLE}), how long asking took, and how far each of its event processors (the reporting service's
 * projections, above all) lags behind the event store ({@code ledger_processor_lag*} gauges), if it publishes that.
 * With several instances the service is {@code UP} while any instance is, {@code millis} is the slowest instance's,
 * and each gauge is the highest any instance reports; {@code instances} has each instance's own.
 */
record ServiceHealth(String service, String status, long millis, List<Lag> lag, List<Instance> instances) {

    /** One gauge: the metric's name (its unit is in the name, as Prometheus names go), its labels and value. */
    record Lag(String metric, String labels, double value) {
    }

    /** One instance of the service: its name (host and port), base URL, health status and gauges. */
    record Instance(String instance, String url, String status, long millis, List<Lag> lag) {
    }
}
