package ruleoflaw.ledger.platform.record;

import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.record.RecordCommands;
import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.ledger.LedgerLines;

/**
 * What {@link RecordResource} needs of the service: its command gateway, record index and event store, and how its
 * records read as REST bodies (to tell whether a record id already holds the same record).
 */
public class RecordSupport {

    private final CommandGateway commands;
    private final String context;
    private final RecordIndex index;
    private final RecordHistory history;
    private final LedgerLines lines;
    private final ObjectMapper json;
    private final Departments departments;

    RecordSupport(CommandGateway commands, String context, RecordIndex index, RecordHistory history, LedgerLines lines,
            ObjectMapper json, Departments departments) {
        this.departments = departments;
        this.commands = commands;
        this.context = context;
        this.index = index;
        this.history = history;
        this.lines = lines;
        this.json = json;
    }

    /** The commands of the service's {@link SimpleRecord}, under the names its context handles them by. */
    <D extends RecordDetails> RecordResource.Commands<D> simpleRecordCommands() {
        return new RecordResource.Commands<>(
                (id, details) -> named(SimpleRecord.RECORD, new RecordCommands.Record(id, details)),
                (id, version, reason, details) -> named(SimpleRecord.CORRECT,
                        new RecordCommands.Correct(id, version, reason, details)),
                (id, version, reason) -> named(SimpleRecord.WITHDRAW, new RecordCommands.Withdraw(id, version, reason)));
    }

    private CommandMessage<?> named(String command, Object payload) {
        return new GenericCommandMessage<>(new GenericMessage<>(payload), context + command);
    }

    void send(Object command) {
        commands.sendAndWait(command);
    }

    RecordIndex index() {
        return index;
    }

    /** The department the request acts for. */
    String department() {
        return departments.current();
    }

    /** The record as it stands; 404 when there is none of this type in the department the request acts for. */
    RecordIndex.Entry existing(String type, String id) {
        String department = department();
        return index().find(type, id).filter(entry -> entry.department().equals(department))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No " + type + " record with id " + id + " in department " + department + "."));
    }

    List<RecordHistory.Change> history(String id) {
        return history.of(id);
    }

    /** How the record {@code id} was first recorded, in any context of this event store; empty if the id is free. */
    Optional<RecordHistory.Change> firstRecorded(String id) {
        return history.first(id);
    }

    /**
     * Whether {@code first} records a {@code type} with these details: every value the request gives is the value
     * recorded (text compared without surrounding blanks); what the request leaves out, the record may have filled in.
     */
    boolean sameRecord(RecordHistory.Change first, String type, Object details) {
        return first.record() != null && first.record().recordType().equals(type)
                && departments.orDefault(first.department()).equals(department())
                && gives(json.valueToTree(lines.body(first.record())), json.valueToTree(details));
    }

    /** Whether {@code recorded} holds every value {@code requested} gives. */
    private static boolean gives(JsonNode recorded, JsonNode requested) {
        if (requested == null || requested.isNull()) {
            return true;
        }
        if (requested.isTextual()) {
            return recorded != null && recorded.isTextual() && recorded.textValue().strip().equals(requested.textValue().strip());
        }
        if (requested.isObject()) {
            if (recorded == null || !recorded.isObject()) {
                return false;
            }
            for (var fields = requested.fields(); fields.hasNext(); ) {
                var field = fields.next();
                if (!gives(recorded.get(field.getKey()), field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (requested.isArray()) {
            if (recorded == null || !recorded.isArray() || recorded.size() != requested.size()) {
                return false;
            }
            for (int i = 0; i < requested.size(); i++) {
                if (!gives(recorded.get(i), requested.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return requested.equals(recorded);
    }
}
