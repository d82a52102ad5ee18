package ruleoflaw.ledger.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.reporting.figures.FigureCatalog;
import ruleoflaw.ledger.reporting.figures.YearFigures;
import ruleoflaw.ledger.reporting.records.LedgerRecords;

/** The current year's key figures and the projections' lag, as Prometheus scrapes them. */
@LedgerServiceTest
class ReportingMetricsTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    FigureCatalog catalog;
    @Autowired
    YearFigures yearFigures;
    @Autowired
    Clock clock;

    @Test
    void everyKeyFigureIsACatalogFigure() {
        assertThat(KeyFigureMetrics.KEYS).allSatisfy(key -> assertThat(catalog.figure(key)).as(key).isPresent());
    }

    @Test
    void theCurrentYearsKeyFiguresAreTheFiguresAsKnownNow() {
        int year = ChinaTime.today(clock).getYear();
        session(ChinaTime.today(clock));

        await().atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, Number> now = yearFigures.asOf("default", year, clock.instant());
            String scrape = scrape();
            assertThat(now.get("study.sessions.total").intValue()).isPositive();
            for (String key : KeyFigureMetrics.KEYS) {
                assertThat(value(scrape, "ledger_figure", "key=\"" + key + "\"")).as(key)
                        .isEqualTo(now.get(key).doubleValue());
            }
        });
    }

    @Test
    void whileTheRecordsAreCatchingUpOnHistoryTheKeyFiguresAreNotComputed() {
        session(ChinaTime.today(clock));
        AtomicBoolean catchingUp = new AtomicBoolean(true);
        KeyFigureMetrics metrics = new KeyFigureMetrics(yearFigures, clock, catchingUp::get,
                () -> List.of("default"), Duration.ofSeconds(30));

        assertThat(metrics.current("default")).isEmpty();
        catchingUp.set(false);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(metrics.current("default"))
                .containsKeys("study.sessions.total", "legal.litigation.pending"));
        Map<String, Number> known = metrics.current("default");
        catchingUp.set(true);
        assertThat(metrics.current("default")).isSameAs(known);
    }

    @Test
    void eachStreamingProcessorTellsHowManyEventsItIsBehindAndCatchesUp() {
        session(LocalDate.of(2009, 4, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(value(scrape(), "ledger_processor_lag",
                "processor=\"" + LedgerRecords.PROCESSING_GROUP + "\"")).isZero());
    }

    private void session(LocalDate heldOn) {
        String id = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>("StudySession", id, 0,
                new StudySessionRecorded(id, new StudySessionDetails(StudySessionKind.COLLECTIVE_STUDY, "学习《统计法》 " + id,
                        heldOn, null, 9, null, List.of(), List.of())),
                MetaData.with("recordedBy", "度量员").and("correlationId", "corr-" + id))));
    }

    private String scrape() {
        return http.getForEntity("/actuator/prometheus", String.class).getBody();
    }

    private static Double value(String scrape, String name, String label) {
        Matcher sample = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(scrape);
        while (sample.find()) {
            if (sample.group(1).contains(label)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return null;
    }
}
