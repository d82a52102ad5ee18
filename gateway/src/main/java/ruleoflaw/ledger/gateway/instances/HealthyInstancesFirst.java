package ruleoflaw.ledger.gateway.instances;

import java.util.List;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

import reactor.core.publisher.Flux;

/**
 * A service's instances whose {@code /actuator/health} answered UP at the last check (LoadBalancer's health check,
 * every {@code spring.cloud.loadbalancer.health-check.interval}); while none did, all of them: a request then finds
 * out for itself, and is answered by the service (its own 503 problem when its database is away) or, when no
 * instance takes it, by the circuit breaker's. A health check that was merely slow never leaves a service with
 * nowhere to send its requests.
 */
class HealthyInstancesFirst extends DelegatingServiceInstanceListSupplier {

    private final ServiceInstanceListSupplier listed;

    HealthyInstancesFirst(HealthCheckServiceInstanceListSupplier healthy, ServiceInstanceListSupplier listed) {
        super(healthy);
        this.listed = listed;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return getDelegate().get().concatMap(healthy -> healthy.isEmpty() ? listed.get().take(1) : Flux.just(healthy));
    }
}
