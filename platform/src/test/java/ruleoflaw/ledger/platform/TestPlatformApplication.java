package ruleoflaw.ledger.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TestPlatformApplication {
}
