package ruleoflaw.ledger.reporting.records;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** Record versions are written and read by {@link RecordVersionDocuments} rather than by reflection. */
@Configuration(proxyBeanMethods = false)
class RecordVersionMapping {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(
                List.of(RecordVersionDocuments.Writing.INSTANCE, RecordVersionDocuments.Reading.INSTANCE));
    }
}
