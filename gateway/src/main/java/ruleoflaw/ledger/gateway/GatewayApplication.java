package ruleoflaw.ledger.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

/**
 * The only public entry point: authenticates callers, routes {@code /api/<context>/**} to the service of
 * that context with a signed identity assertion, and keeps the limits; its own {@code /api/users} manages the
 * local users. It opens a database only for users kept there ({@code ledger.gateway.users-store=postgres}), though
 * every process of the suite is given one ({@code spring.datasource.*}).
 */
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
