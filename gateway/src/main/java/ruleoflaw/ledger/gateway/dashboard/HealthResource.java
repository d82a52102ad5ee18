package ruleoflaw.ledger.gateway.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** {@code GET /api/dashboard/health}: every service's health and the projections' lag, as the gateway sees them. */
@RestController
class HealthResource {

    record Health(Instant checkedAt, List<ServiceHealth> services) {
    }

    private final ServicesHealth services;
    private final Clock clock;

    HealthResource(ServicesHealth services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    @GetMapping("/api/dashboard/health")
    Mono<Health> health() {
        return services.check().map(checked -> new Health(clock.instant(), checked));
    }
}
