package ruleoflaw.ledger.study.session;

import java.util.UUID;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.platform.web.Recorded;

@RestController
@RequestMapping("/api/study/sessions")
class StudySessionController {

    private final CommandGateway commands;

    StudySessionController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Recorded record(@Valid @RequestBody RecordStudySessionRequest body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(body.toCommand(id));
        return new Recorded(id);
    }
}
