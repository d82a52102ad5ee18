package ruleoflaw.ledger.gateway.instances;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/** Every service's routes are balanced over its {@link ServiceInstances}. */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = ServiceInstances.class)
class Balancing {

    /**
     * The health checks stop as soon as the gateway begins to close, before its HTTP client and server do: a check
     * every few seconds would keep those from ever being quiet, and closing would wait out their time-out.
     */
    @Bean
    ApplicationListener<ContextClosedEvent> healthChecksStopFirst(ApplicationContext gateway,
            LoadBalancerClientFactory instances) {
        return closed -> {
            // each service's own context closing says so here too
            if (closed.getApplicationContext() == gateway) {
                instances.destroy();
            }
        };
    }
}
