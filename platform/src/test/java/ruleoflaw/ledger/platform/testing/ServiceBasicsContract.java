package ruleoflaw.ledger.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** What every ledger service answers, whatever its records: extend it once per service. */
@LedgerServiceTest
public abstract class ServiceBasicsContract {

    @Autowired
    protected TestRestTemplate http;

    @Value("${spring.application.name}")
    String application;

    @Test
    void answersHealthAndPrometheusWithItsApplicationTag() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"");
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("application=\"" + application + "\"");
    }

    @Test
    void anUnknownPathIsAProblemNotAnHtmlPage() {
        var response = http.exchange("/api/nothing-here", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getHeaders().getFirst("X-Request-Id")).isNotBlank();
    }

    @Test
    void aRequestThatDidNotComeThroughTheGatewayIsNotAuthenticated() {
        var response = http.getForEntity("/api/nothing-here", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void publishesItsApiDocument() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("\"openapi\"");
    }
}
