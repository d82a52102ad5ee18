package ruleoflaw.ledger.outreach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 普法与科普: publicity campaigns, contests, policy briefings and enterprise visits. */
@SpringBootApplication
public class OutreachServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OutreachServiceApplication.class, args);
    }
}
