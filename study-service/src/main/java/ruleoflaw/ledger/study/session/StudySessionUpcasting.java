package ruleoflaw.ledger.study.session;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ruleoflaw.ledger.contracts.study.StudySessionFormatUpcaster;

/** Sessions stored before they said where they were held read as held in person (revision 2). */
@Configuration(proxyBeanMethods = false)
class StudySessionUpcasting {

    @Bean
    EventUpcaster studySessionFormatUpcaster() {
        return new StudySessionFormatUpcaster();
    }
}
