package ruleoflaw.ledger.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.platform.audit.RequestCorrelationFilter;
import ruleoflaw.ledger.platform.problem.StoreUnavailable;

/**
 * A write sent again with the same {@code Idempotency-Key} and the same body gets the first answer
 * (with {@code Idempotent-Replayed: true}) and records nothing; the same key with another body is
 * refused with 422. A server-side failure (5xx) keeps nothing, so the client may retry with the key. The claim and the
 * answer are committed with the request's events when they are in the same database (one commit per record); a
 * request that lost the race for its record to another instance is then run again (see
 * {@link #handleRetryingLostRaces}). The second and later runs go from this filter straight to the servlet, which is
 * what follows it: it is the last of the service's filters.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyStore store;
    private final ObjectMapper json;
    /** Where the request's commands write their events, in the same database; null when they are written elsewhere. */
    private final PlatformTransactionManager commandTransactions;
    /** (user, key) being handled here, when the claim cannot wait in a transaction (Axon Server). */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * With {@code commandTransactions}, the claim, the request's commands and events, and the answer commit at once.
     * Without (the events go to Axon Server), the claim and the answer are one statement after the request.
     */
    IdempotencyFilter(IdempotencyStore store, ObjectMapper json, PlatformTransactionManager commandTransactions) {
        this.store = store;
        this.json = json;
        this.commandTransactions = commandTransactions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader(HEADER) == null
                || !(method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!ACCEPTABLE.matcher(key).matches()) {
            problem(request, response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "Idempotency-Key must be 1 to 200 visible ASCII characters.");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        Attempt attempt = new Attempt(principal(), key, hash(request, cached.body));
        try {
            if (commandTransactions != null) {
                handleRetryingLostRaces(cached, response, chain, attempt);
            } else {
                handleThenKeep(cached, response, chain, attempt);
            }
        } catch (RuntimeException e) {
            if (!StoreUnavailable.causedIt(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(StoreUnavailable.RETRY_AFTER_SECONDS));
            problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", StoreUnavailable.DETAIL);
        }
    }

    private record Attempt(String principal, String key, String requestHash) {
    }

    /**
     * The request in one transaction ({@link #handleInOneTransaction}), run again from the start when it lost a race
     * for its record to a request of another instance ({@link RecordRaces}): nothing of it was kept, and the next run
     * claims the key again and meets the record as the other left it (a stale {@code expectedVersion} is then the
     * writer's 409, a record id taken meanwhile the answer to an existing id). A short random pause between runs keeps
     * two losers from meeting again. A request that keeps losing is answered 503, keeping nothing for its key.
     */
    private void handleRetryingLostRaces(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Attempt attempt) throws IOException, ServletException {
        Map<String, List<String>> headersBefore = new LinkedHashMap<>();
        response.getHeaderNames().forEach(name -> headersBefore.put(name, List.copyOf(response.getHeaders(name))));
        for (int run = 1; ; run++) {
            Outcome[] outcome = new Outcome[1];
            JoinedCommandTransactions.asRequest(
                    () -> outcome[0] = handleInOneTransaction(request, response, chain, attempt));
            if (outcome[0] == Outcome.ANSWERED) {
                return;
            }
            // what the run answered, and no more (the correlation id was set before)
            response.reset();
            headersBefore.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            // the refusal the run ended in is not this request's (metrics and error pages read it)
            request.removeAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
            if (run == RACE_RUNS) {
                log.warn("{} {} lost the race for its record {} times; answered 503", request.getMethod(),
                        request.getRequestURI(), RACE_RUNS);
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Record busy", "The record was being "
                        + "changed by other requests at the same moment; nothing was recorded. Try again in a "
                        + "second (with the same Idempotency-Key).");
                return;
            }
            log.info("{} {} lost the race for its record to another request; running it again ({} of {})",
                    request.getMethod(), request.getRequestURI(), run + 1, RACE_RUNS);
            pauseBeforeRun(run);
        }
    }

    /** How many times a request losing races for its record is run at most. */
    static final int RACE_RUNS = 5;

    private static void pauseBeforeRun(int run) throws ServletException {
        long most = 20L << Math.min(run, 5); // 40, 80, 160, 320 ms
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(most / 4, most + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted before running the request again", e);
        }
    }

    private enum Outcome {
        /** Answered (the answer kept with the key when it is to be kept). */
        ANSWERED,
        /** Refused because another request wrote the same record first; nothing kept, nothing answered yet. */
        LOST_RACE
    }

    /**
     * Claim, request and answer in one transaction, which the command's unit of work joins: one commit keeps the
     * claim, the events, the record index and the answer, or none of them. A concurrent request with the same key
     * waits on the claim and then gets this one's answer.
     */
    private Outcome handleInOneTransaction(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Attempt attempt) throws IOException, ServletException {
        TransactionStatus transaction = commandTransactions.getTransaction(TransactionDefinition.withDefaults());
        // inside another request's transaction (a batch sent with a key of its own) a run cannot be undone alone
        boolean mayRunAgain = transaction.isNewTransaction();
        boolean open = true;
        try {
            IdempotencyStore.Claim claim = store.claim(attempt.principal(), attempt.key(), attempt.requestHash());
            if (!(claim instanceof IdempotencyStore.Started)) {
                open = false;
                commandTransactions.rollback(transaction);
                answer(request, response, claim);
                return Outcome.ANSWERED;
            }
            ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, recorded);
            if (mayRunAgain && JoinedCommandTransactions.lostRace()) {
                open = false;
                commandTransactions.rollback(transaction);
                return Outcome.LOST_RACE;
            }
            if (recorded.getStatus() >= 500) {
                // a server-side failure keeps nothing: the client may retry with the key
                open = false;
                commandTransactions.rollback(transaction);
            } else if (transaction.isRollbackOnly()) {
                // a command refused (e.g. a domain rule): its transaction is spoilt, the refusal is the answer to keep
                open = false;
                commandTransactions.rollback(transaction);
                if (!keptAlone(request, recorded, attempt)) {
                    return Outcome.ANSWERED;
                }
            } else {
                store.complete(attempt.principal(), attempt.key(), recorded.getStatus(), recorded.getContentType(),
                        recorded.getContentAsByteArray());
                open = false;
                try {
                    commandTransactions.commit(transaction);
                } catch (RuntimeException e) {
                    if (mayRunAgain && RecordRaces.lost(e)) {
                        return Outcome.LOST_RACE; // refused at the commit: rolled back
                    }
                    throw e;
                }
            }
            recorded.copyBodyToResponse();
            return Outcome.ANSWERED;
        } finally {
            if (open) {
                rollbackQuietly(transaction, attempt);
            }
        }
    }

    /**
     * The request's commands commit elsewhere (Axon Server): the claim and the answer are kept together once it is
     * answered. A concurrent request with the same key is told to try again.
     */
    private void handleThenKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Attempt attempt) throws IOException, ServletException {
        var existing = store.existing(attempt.principal(), attempt.key(), attempt.requestHash());
        if (existing.isPresent()) {
            answer(request, response, existing.get());
            return;
        }
        String flight = attempt.principal() + "\n" + attempt.key();
        if (!inFlight.add(flight)) {
            answer(request, response, new IdempotencyStore.InProgress());
            return;
        }
        try {
            ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < 500 && !keptAlone(request, recorded, attempt)) {
                return;
            }
            recorded.copyBodyToResponse();
        } finally {
            inFlight.remove(flight);
        }
    }

    /**
     * Claims the key with the request's answer in one statement; false when the key was taken meanwhile (by another
     * instance), and the response is then what the store holds for it.
     */
    private boolean keptAlone(HttpServletRequest request, ContentCachingResponseWrapper recorded, Attempt attempt)
            throws IOException {
        var taken = store.keep(attempt.principal(), attempt.key(), attempt.requestHash(), recorded.getStatus(),
                recorded.getContentType(), recorded.getContentAsByteArray());
        if (taken.isEmpty()) {
            return true;
        }
        recorded.reset();
        answer(request, (HttpServletResponse) recorded.getResponse(), taken.get());
        return false;
    }

    private void rollbackQuietly(TransactionStatus transaction, Attempt attempt) {
        try {
            commandTransactions.rollback(transaction);
        } catch (RuntimeException e) {
            // the database went away: it rolls the transaction back itself
            log.warn("Idempotency-Key {} not rolled back: {}", attempt.key(), e.getMessage());
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, IdempotencyStore.Claim claim)
            throws IOException {
        if (claim instanceof IdempotencyStore.Answered answered) {
            replay(request, response, answered);
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            problem(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request; nothing was recorded. "
                            + "Use a new key for a new record.");
        } else {
            problem(request, response, HttpStatus.CONFLICT, "Request in progress",
                    "The first request with this Idempotency-Key is still being handled; try again in a moment.");
        }
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, IdempotencyStore.Answered answered)
            throws IOException {
        response.setStatus(answered.status());
        if (answered.contentType() != null) {
            response.setContentType(answered.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (answered.status() == HttpStatus.CREATED.value() && answered.body() != null) {
            // the record made by the first request is where the first answer said (its id in the body)
            JsonNode id = json.readTree(answered.body()).path("id");
            if (id.isTextual()) {
                response.setHeader(HttpHeaders.LOCATION, UriComponentsBuilder.fromPath(request.getRequestURI())
                        .path("/{id}").buildAndExpand(id.textValue()).toUriString());
            }
        }
        if (answered.body() != null) {
            response.getOutputStream().write(answered.body());
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        if (RequestCorrelationFilter.current() != null) {
            problem.setProperty("correlationId", RequestCorrelationFilter.current());
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String principal() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "anonymous" : who.getName();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once, so that it can be hashed and then handled. */
    static final class CachedBodyRequest extends HttpServletRequestWrapper {

        final byte[] body;

        CachedBodyRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                public boolean isFinished() {
                    return in.available() == 0;
                }

                public boolean isReady() {
                    return true;
                }

                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
