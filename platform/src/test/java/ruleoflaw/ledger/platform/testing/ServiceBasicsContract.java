package ruleoflaw.ledger.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every ledger service answers, whatever its records: extend it once per service. */
@LedgerServiceTest
public abstract class ServiceBasicsContract {

    @Autowired
    protected TestRestTemplate http;

    @Value("${spring.application.name}")
    String application;
    @Value("${ledger.security.context}")
    String context;

    @Test
    void answersHealthAndPrometheusWithItsApplicationTag() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"");
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("application=\"" + application + "\"");
    }

    /**
     * Every meter carries the common tags; HTTP latency has buckets for quantiles. The scrape is kept in
     * target/actuator-prometheus.txt, which {@code .ci/metric-names --file} can check the dashboard against.
     */
    @Test
    void tagsEveryMeterWithApplicationAndContext() throws IOException {
        http.getForEntity("/actuator/health", String.class);
        String scrape = http.getForEntity("/actuator/prometheus", String.class).getBody();
        Files.writeString(Path.of("target", "actuator-prometheus.txt"), scrape);
        List<String> samples = scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        assertThat(samples).isNotEmpty().allSatisfy(sample -> assertThat(sample)
                .contains("application=\"" + application + "\"").contains("context=\"" + context + "\""));
        assertThat(scrape).contains("http_server_requests_seconds_bucket{", "http_server_requests_seconds_count{");
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
    void publishesItsApiDocumentWithTheDepartmentParameterOnEveryOperation() throws IOException {
        String document = http.getForEntity("/v3/api-docs", String.class).getBody();
        assertThat(document).contains("\"openapi\"");
        JsonNode paths = new ObjectMapper().readTree(document).path("paths");
        List<String> without = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            boolean named = false;
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                named |= parameter.path("name").asText().equals("department") && parameter.path("in").asText().equals("query");
            }
            if (!named) {
                without.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertThat(paths.size()).isPositive();
        assertThat(without).as("operations without ?department=").isEmpty();
    }
}
