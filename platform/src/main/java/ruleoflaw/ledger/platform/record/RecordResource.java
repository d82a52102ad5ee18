package ruleoflaw.ledger.platform.record;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.validation.Valid;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import ruleoflaw.ledger.contracts.record.Correction;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.contracts.record.Withdrawal;
import ruleoflaw.ledger.platform.idempotency.IdempotencyFilter;
import ruleoflaw.ledger.platform.problem.RecordConflictException;
import ruleoflaw.ledger.platform.web.Recorded;

/**
 * The REST resource every kind of record has, the same in every service: POST records (201, id, Location; with a
 * {@code Record-Id} already holding the same record, 200 and {@code Record-Already-Present: true}; holding another
 * record, of any context, 409),
 * GET lists a year (paged) or fetches one, PUT corrects (full details, reason, expected version), POST
 * {@code /{id}/withdrawal} withdraws with a reason, GET {@code /{id}/history} tells every change. A simple record
 * type extends it with its path and type: its commands are the service's {@link SimpleRecord}'s. A type with a
 * lifecycle of its own gives its own aggregate's commands.
 */
public abstract class RecordResource<D extends RecordDetails> {

    /** How a feature turns requests into its commands: usually the commands' constructors. */
    public record Commands<D>(BiFunction<String, D, Object> record, Correct<D> correct, Withdraw withdraw) {
    }

    public interface Correct<D> {
        Object command(String id, Long expectedVersion, String reason, D details);
    }

    public interface Withdraw {
        Object command(String id, Long expectedVersion, String reason);
    }

    private static final int MAX_PAGE_SIZE = 500;
    /** On a 200 to a POST that names, in {@code Record-Id}, a record already recorded with the same details. */
    public static final String ALREADY_PRESENT = "Record-Already-Present";

    private final RecordSupport support;
    private final String type;
    private final Commands<D> commands;

    protected RecordResource(RecordSupport support, String type, Commands<D> commands) {
        this.support = support;
        this.type = type;
        this.commands = commands;
    }

    /** A simple record type: recorded, corrected and withdrawn by the service's {@link SimpleRecord}. */
    protected RecordResource(RecordSupport support, String type) {
        this(support, type, support.simpleRecordCommands());
    }

    /**
     * The details a request states, once what the service knows beyond the record holds (e.g. that a named record
     * exists): throws {@code InvalidFieldException} otherwise. The record's own rules are its type's.
     */
    protected D accepted(D details) {
        return details;
    }

    /** The type of the records this resource keeps (e.g. {@code study.session}). */
    public String recordType() {
        return type;
    }

    @PostMapping
    public ResponseEntity<Recorded> record(@RequestHeader(name = RecordIds.HEADER, required = false) String chosenId,
            @RequestHeader(name = IdempotencyFilter.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody D details) {
        String id;
        if (chosenId == null && idempotencyKey != null) {
            id = RecordIds.ofIdempotencyKey(idempotencyKey);
            // it exists only if an earlier attempt recorded it and then failed to answer (the key is not answered yet)
            if (!support.index().exists(id)) {
                sendNew(id, commands.record().apply(id, accepted(details)));
            }
        } else {
            id = RecordIds.chosenOrNew(chosenId);
            Optional<RecordHistory.Change> first = chosenId == null ? Optional.empty() : support.firstRecorded(id);
            if (first.isPresent()) {
                if (!support.sameRecord(first.get(), type, details)) {
                    throw taken(id, first.get());
                }
                return ResponseEntity.ok().location(location(id)).header(ALREADY_PRESENT, "true").body(new Recorded(id));
            }
            sendNew(id, commands.record().apply(id, accepted(details)));
        }
        return ResponseEntity.created(location(id)).body(new Recorded(id));
    }

    /** The record's path, relative to the host: the gateway's public path (the service's own address stays inside). */
    private static URI location(String id) {
        return UriComponentsBuilder.fromPath(ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath())
                .path("/{id}").buildAndExpand(id).toUri();
    }

    @GetMapping
    public RecordIndex.Page list(@RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidFieldException("year", "give the year to list, between 2000 and 2100 (?year=2024)");
        }
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return support.index().list(support.department(), type, year, page, size);
    }

    @GetMapping("/{id}")
    public RecordIndex.Entry get(@PathVariable String id) {
        return support.existing(type, id);
    }

    @GetMapping("/{id}/history")
    public List<RecordHistory.Change> history(@PathVariable String id) {
        support.existing(type, id);
        return support.history(id);
    }

    @PutMapping("/{id}")
    public RecordIndex.Entry correct(@PathVariable String id, @Valid @RequestBody Correction<D> correction) {
        support.existing(type, id);
        support.send(commands.correct().command(id, correction.expectedVersion(), correction.reason().strip(),
                accepted(correction.record())));
        return support.existing(type, id);
    }

    @PostMapping("/{id}/withdrawal")
    public RecordIndex.Entry withdraw(@PathVariable String id, @Valid @RequestBody Withdrawal withdrawal) {
        support.existing(type, id);
        support.send(commands.withdraw().command(id, withdrawal.expectedVersion(), withdrawal.reason().strip()));
        return support.existing(type, id);
    }

    /** A lifecycle step of an existing record (404 if there is none of this type): the command, then the record as it stands. */
    protected RecordIndex.Entry step(String id, Object command) {
        existing(id);
        send(command);
        return existing(id);
    }

    /** The record of this resource's type with {@code id}, as it stands; 404 if there is none. */
    protected RecordIndex.Entry existing(String id) {
        return support.existing(type, id);
    }

    protected void send(Object command) {
        support.send(command);
    }

    /** The id for a new record: the one the writer chose in the {@code Record-Id} header (409 when taken), or a new one. */
    protected String newRecordId(String chosen) {
        String id = RecordIds.chosenOrNew(chosen);
        if (chosen != null) {
            support.firstRecorded(id).ifPresent(first -> {
                throw taken(id, first);
            });
        }
        return id;
    }

    /** Sends the command that records the new record {@code id}: 409 when a record with that id exists already. */
    protected void sendNew(String id, Object command) {
        try {
            support.send(command);
        } catch (AggregateStreamCreationException e) {
            throw new RecordConflictException("Record id " + id + " was taken at the same moment by another record; "
                    + "nothing was recorded.");
        }
    }

    private static RecordConflictException taken(String id, RecordHistory.Change first) {
        String what = first.record() == null ? "another record" : "a " + first.record().recordType() + " record";
        return new RecordConflictException("Record id " + id + " is taken by " + what + " with other details, recorded "
                + first.at() + "; nothing was recorded. Give this record an id of its own.");
    }
}
