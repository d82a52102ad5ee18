package ruleoflaw.ledger.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import ruleoflaw.ledger.gateway.ClientAddress;
import ruleoflaw.ledger.gateway.GatewayProblems;

/**
 * Failed sign-ins are limited per user name and per client address, HTTP Basic and the login form alike: after too
 * many in a window, further attempts are answered 429 with {@code Retry-After} (the form: shown again, saying how
 * long to wait) before any password is checked (each check costs a bcrypt hash, which
 * is the point of bcrypt and the weakness of an unlimited login). A successful sign-in clears the name's count, and
 * a user who signed in within the last minute (nothing to check again) is let through while the limit holds.
 */
class FailedSignIns implements WebFilter {

    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int PER_NAME = 10;
    static final int PER_ADDRESS = 30;
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final BiPredicate<String, String> signedInRecently;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    FailedSignIns(Clock clock, BiPredicate<String, String> signedInRecently) {
        this.clock = clock;
        this.signedInRecently = signedInRecently;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (BrowserSignIn.isLoginForm(exchange.getRequest())) {
            return exchange.getFormData().flatMap(form -> {
                String name = form.getFirst("username");
                String password = form.getFirst("password");
                return check(exchange, chain, name == null ? "" : name, password == null ? "" : password, true);
            });
        }
        String[] credentials = basicCredentials(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        if (credentials == null) {
            return chain.filter(exchange);
        }
        return check(exchange, chain, credentials[0], credentials[1], false);
    }

    /**
     * A sign-in with a password: refused before its check while the name or the address has too many failures (429,
     * or the login form again with how long to wait), else counted once answered: a wrong password is a 401 to a
     * program, the login form again to a person.
     */
    private Mono<Void> check(ServerWebExchange exchange, WebFilterChain chain, String name, String password, boolean form) {
        if (signedInRecently.test(name, password)) {
            return chain.filter(exchange);
        }
        String address = ClientAddress.of(exchange);
        Instant now = clock.instant();
        Duration wait = max(waitFor("name:" + name, PER_NAME, now), waitFor("address:" + address, PER_ADDRESS, now));
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            if (form) {
                return BrowserSignIn.backToTheForm(exchange, SignInPage.TOO_MANY + "&wait=" + seconds);
            }
            return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                    "Too many wrong passwords for this user name or from this address; try again in " + seconds + " s.");
        }
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> {
            boolean wrong = form ? Boolean.TRUE.equals(exchange.getAttribute(BrowserSignIn.WRONG_PASSWORD))
                    : exchange.getResponse().getStatusCode() == HttpStatus.UNAUTHORIZED;
            if (wrong) {
                failed("name:" + name, now);
                failed("address:" + address, now);
            } else if (!form || exchange.getResponse().getStatusCode() == HttpStatus.FOUND) {
                failures.remove("name:" + name);
            }
        }));
        return chain.filter(exchange);
    }

    /** How long {@code key} must wait: until its oldest failure in the window leaves it, if it has {@code limit}. */
    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return times.size() < limit ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(WINDOW));
        }
    }

    private void failed(String key, Instant at) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(at);
            if (times.size() > PER_ADDRESS) {
                times.pollFirst();
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The user name and password of an HTTP Basic {@code Authorization} header, or null when it is not one. */
    static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
