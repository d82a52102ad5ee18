package ruleoflaw.ledger.litigation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 法务: lawsuits and reconsiderations the bureau defends, their legal clock, counsel and legal reviews. Its records arrive with their own issue; the service already runs on the shared platform. */
@SpringBootApplication
public class LitigationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LitigationServiceApplication.class, args);
    }
}
