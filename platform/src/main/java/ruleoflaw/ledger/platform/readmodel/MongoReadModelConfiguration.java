package ruleoflaw.ledger.platform.readmodel;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoClient;

import ruleoflaw.ledger.platform.processing.ProcessorClaims;

/**
 * For services whose read models live in MongoDB: tracking tokens stored beside the read model (claimed as
 * {@link ProcessorClaims} says),
 * and a health check based on {@code ping} (the embedded server has no {@code hello} command).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({MongoClient.class, MongoTokenStore.class})
public class MongoReadModelConfiguration {

    @Bean
    TokenStore tokenStore(MongoClient client, MongoProperties properties, @Qualifier("serializer") Serializer serializer,
            ProcessorClaims claims) {
        return MongoTokenStore.builder()
                .nodeId(claims.owner())
                .claimTimeout(claims.timeout())
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, properties.getMongoClientDatabase())
                        .build())
                .serializer(serializer)
                .build();
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
