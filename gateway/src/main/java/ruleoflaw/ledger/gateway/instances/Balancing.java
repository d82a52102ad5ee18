package ruleoflaw.ledger.gateway.instances;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/** Every service's routes are balanced over its {@link ServiceInstances}. */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = ServiceInstances.class)
class Balancing {
}
