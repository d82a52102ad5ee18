package ruleoflaw.ledger.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The only public entry point: authenticates callers, routes {@code /api/<context>/**} to the service of
 * that context with a signed identity assertion, and keeps the limits; its own {@code /api/users} manages the
 * local users.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
