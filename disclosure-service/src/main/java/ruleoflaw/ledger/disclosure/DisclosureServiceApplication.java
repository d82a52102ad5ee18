package ruleoflaw.ledger.disclosure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 政务公开: information published, disclosure applications, normative documents, online services. Its records arrive with their own issue; the service already runs on the shared platform. */
@SpringBootApplication
public class DisclosureServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisclosureServiceApplication.class, args);
    }
}
