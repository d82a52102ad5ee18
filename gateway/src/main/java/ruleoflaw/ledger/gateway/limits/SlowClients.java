package ruleoflaw.ledger.gateway.limits;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A client cannot hold the gateway's connections: a connection on which nothing arrives for the idle timeout is
 * closed (a kept-alive one, or one whose request stopped halfway through its headers), a request whose headers have
 * arrived must arrive whole within the request timeout, with no pause longer than the read timeout.
 */
@Configuration(proxyBeanMethods = false)
class SlowClients {

    @Bean
    NettyServerCustomizer slowClientsAreCut(@Value("${ledger.gateway.timeouts.request:30s}") Duration request,
            @Value("${ledger.gateway.timeouts.read:10s}") Duration read,
            @Value("${ledger.gateway.timeouts.idle:20s}") Duration idle) {
        return server -> server.requestTimeout(request).readTimeout(read).idleTimeout(idle);
    }
}
