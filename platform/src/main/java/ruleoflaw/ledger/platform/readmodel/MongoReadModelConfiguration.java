package ruleoflaw.ledger.platform.readmodel;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoClient;

/**
 * For services whose read models live in MongoDB: tracking tokens stored beside the read model,
 * and a health check based on {@code ping} (the embedded server has no {@code hello} command).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({MongoClient.class, MongoTokenStore.class})
public class MongoReadModelConfiguration {

    /** Claims are owned by the instance's name ({@code ledger.instance.name}) when it has one, else by the JVM's. */
    @Bean
    TokenStore tokenStore(MongoClient client, MongoProperties properties, @Qualifier("serializer") Serializer serializer,
            @Value("${ledger.instance.name:}") String instance) {
        MongoTokenStore.Builder tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, properties.getMongoClientDatabase())
                        .build())
                .serializer(serializer);
        if (!instance.isBlank()) {
            tokens.nodeId(instance.strip());
        }
        return tokens.build();
    }

    @Bean
    HealthIndicator mongoHealthIndicator(MongoClient client, MongoProperties properties) {
        return new AbstractHealthIndicator("MongoDB ping failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = client.getDatabase(properties.getMongoClientDatabase()).runCommand(new Document("ping", 1));
                builder.up().withDetail("ping", answer.get("ok"));
            }
        };
    }
}
