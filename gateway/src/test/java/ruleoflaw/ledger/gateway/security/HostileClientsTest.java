package ruleoflaw.ledger.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import ruleoflaw.ledger.gateway.TestUsers;

/**
 * Nobody signed in can hold the gateway: wrong passwords are limited per user name (429 with Retry-After before any
 * password is checked), an unknown name costs as much as a wrong password, an anonymous client's rate limit is its
 * own (by address), a connection that sends its request too slowly is closed, and what the gateway refuses on its
 * own (a wrong password, a path its firewall rejects) has a problem body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.gateway.rate-limit.per-second=3", "ledger.gateway.timeouts.idle=2s"})
class HostileClientsTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        USERS.register(registry);
    }

    @Autowired
    WebTestClient web;
    @LocalServerPort
    int port;

    @Test
    void wrongPasswordsForOneNameAreLimitedAndOtherUsersSignInAsBefore() throws IOException {
        for (int i = 0; i < FailedSignIns.PER_NAME; i++) {
            web.get().uri("/api/study/sessions?year=2024").headers(h -> h.setBasicAuth("editor", "wrong-" + System.nanoTime()))
                    .exchange().expectStatus().isUnauthorized();
        }
        web.get().uri("/api/study/sessions?year=2024").headers(h -> h.setBasicAuth("editor", "wrong-again"))
                .exchange().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().value("Retry-After", value -> assertThat(Integer.parseInt(value)).isBetween(1, 300))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String auditor = USERS.password("auditor");
        web.get().uri("/api/study/sessions?year=2024").headers(h -> h.setBasicAuth("auditor", auditor))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aWrongPasswordIsRefusedWithAProblemBody() {
        web.get().uri("/api/study/sessions?year=2024").headers(h -> h.setBasicAuth("approver", "not-the-password"))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Not authenticated")
                .jsonPath("$.properties").doesNotExist();
    }

    @Test
    void anUnknownNameTakesAsLongToRefuseAsAWrongPassword() {
        long unknown = Long.MAX_VALUE;
        long wrong = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            unknown = Math.min(unknown, refusalNanos("nobody-" + i));
            wrong = Math.min(wrong, refusalNanos("recorder"));
        }
        // a bcrypt check takes tens of milliseconds; refusing an unknown name without one took about one
        assertThat(unknown).as("unknown %d µs, wrong password %d µs", unknown / 1000, wrong / 1000)
                .isGreaterThan(wrong / 3);
    }

    @Test
    void anonymousClientsAreLimitedEachByItsAddress() throws IOException {
        int limited = 0;
        for (int i = 0; i < 10; i++) {
            if (statusFrom("127.0.0.1", "/api/reports/2024/published") == 429) {
                limited++;
            }
        }
        assertThat(limited).as("the 4th and later requests in the second from 127.0.0.1").isPositive();
        assertThat(statusFrom("127.0.0.2", "/api/reports/2024/published")).as("another address").isNotEqualTo(429);
    }

    @Test
    void aConnectionThatSendsItsRequestTooSlowlyIsClosed() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // an answer (408) may come before the close
            }
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms until the gateway closed it").isLessThan(5_000);
        }
    }

    @Test
    void aPathTheFirewallRefusesIsA400WithAProblemBody() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("GET //api/study/sessions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"title\":\"Request refused\"");
        }
    }

    private long refusalNanos(String user) {
        long started = System.nanoTime();
        web.get().uri("/api/study/sessions?year=2024").headers(h -> h.setBasicAuth(user, "wrong-password"))
                .exchange().expectStatus().isUnauthorized();
        return System.nanoTime() - started;
    }

    /** A GET sent from a given loopback address (all of 127/8 is this host), its status. */
    private int statusFrom(String address, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

}
