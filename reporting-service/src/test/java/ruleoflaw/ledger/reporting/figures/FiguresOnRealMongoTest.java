package ruleoflaw.ledger.reporting.figures;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same projection and figures on a real MongoDB 7, where Docker exists; skipped where it does not. */
@Testcontainers(disabledWithoutDocker = true)
class FiguresOnRealMongoTest extends FiguresApiTest {

    @Container
    @ServiceConnection
    static MongoDBContainer mongo = new MongoDBContainer("mongo:7");
}
