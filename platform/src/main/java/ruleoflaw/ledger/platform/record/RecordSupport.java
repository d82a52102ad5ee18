package ruleoflaw.ledger.platform.record;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What {@link RecordResource} needs of the service: its command gateway, record index and event store. */
public class RecordSupport {

    private final CommandGateway commands;
    private final ObjectProvider<RecordIndex> index;
    private final RecordHistory history;

    RecordSupport(CommandGateway commands, ObjectProvider<RecordIndex> index, RecordHistory history) {
        this.commands = commands;
        this.index = index;
        this.history = history;
    }

    void send(Object command) {
        commands.sendAndWait(command);
    }

    RecordIndex index() {
        return RecordIndex.required(index);
    }

    RecordIndex.Entry existing(String type, String id) {
        return index().find(type, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No " + type + " record with id " + id + "."));
    }

    List<RecordHistory.Change> history(String id) {
        return history.of(id);
    }
}
