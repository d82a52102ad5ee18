package ruleoflaw.ledger.study;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 学法与会议: how the bureau's people learn the law and how its leadership decides. */
@SpringBootApplication
public class StudyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(StudyServiceApplication.class, args);
    }
}
