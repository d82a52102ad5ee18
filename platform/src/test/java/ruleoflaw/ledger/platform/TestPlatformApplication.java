package ruleoflaw.ledger.platform;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The platform as a service gets it: its auto-configuration only (a service does not scan the platform's packages). */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestPlatformApplication {
}
