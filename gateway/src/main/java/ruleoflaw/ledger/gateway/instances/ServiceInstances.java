package ruleoflaw.ledger.gateway.instances;

import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The instances each route is balanced over (LoadBalancer's configuration of every service, in the service's own
 * context: deliberately no {@code @Configuration}, which the gateway's own context would pick up). A service of several
 * instances has them health checked ({@link HealthyInstancesFirst}); a service of one is not: there is nowhere else
 * to send its requests, and it costs no checks, no delay at the first request and no lines in the log.
 */
class ServiceInstances {

    @Bean
    ServiceInstanceListSupplier instancesOfTheService(ConfigurableApplicationContext context, DiscoveryClient discovery,
            Environment environment) {
        ServiceInstanceListSupplier listed = ServiceInstanceListSupplier.builder().withDiscoveryClient().build(context);
        // the lists are given at start-up (LEDGER_<X>_URIS) and never change
        if (discovery.getInstances(LoadBalancerClientFactory.getName(environment)).size() < 2) {
            return listed;
        }
        // a client of its own, out of the gateway's metrics: its requests are not the gateway's traffic, and their
        // http.client.requests would clash with the routes' (another set of tags, which Prometheus refuses)
        ServiceInstanceListSupplier checked = ServiceInstanceListSupplier.builder().withDiscoveryClient()
                .withHealthChecks(WebClient.create()).build(context);
        return new HealthyInstancesFirst((HealthCheckServiceInstanceListSupplier) checked, listed);
    }
}
