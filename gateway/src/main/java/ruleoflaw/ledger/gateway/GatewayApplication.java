package ruleoflaw.ledger.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import ruleoflaw.ledger.gateway.users.UsersCommand;
import ruleoflaw.ledger.gateway.users.UsersFile;

/**
 * The only public entry point: authenticates callers, routes {@code /api/<context>/**} to the service of
 * that context with a signed identity assertion, and keeps the limits. {@code users ...} manages local users.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("users")) {
            System.exit(UsersCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    new UsersFile(UsersCommand.defaultFile())));
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}
