package ruleoflaw.ledger.reporting.department;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.department.Departments;

/**
 * The district's departments: anyone signed in reads them; admins create, rename, merge and close them (the security
 * rules say so: a reporting write that is not a report step needs the admin role, here and at the gateway). Every
 * write answers with the department as it stands after it.
 */
@RestController
@RequestMapping(DepartmentController.PATH)
class DepartmentController {

    static final String PATH = "/api/reports/departments";
    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final DepartmentRegistry registry;

    DepartmentController(CommandGateway commands, DepartmentRegistry registry) {
        this.commands = commands;
        this.registry = registry;
    }

    record Creation(String code, String name, LocalDate since) {
    }

    record Renaming(String name, LocalDate since, String reason) {
    }

    record Merger(String into, LocalDate on, String reason) {
    }

    record Closure(LocalDate on, String reason) {
    }

    @GetMapping
    List<DepartmentView> all() {
        return registry.all();
    }

    @GetMapping("/{code}")
    DepartmentView department(@PathVariable String code) {
        return registry.find(code).orElseThrow(() -> notFound(code));
    }

    @PostMapping
    ResponseEntity<DepartmentView> create(@RequestBody Creation body) {
        String code = Departments.code("code", body.code());
        DepartmentView created = send(code, new CreateDepartment(code, body.name(), body.since()));
        return ResponseEntity.created(UriComponentsBuilder.fromPath(PATH + "/{code}").buildAndExpand(code).toUri())
                .body(created);
    }

    @PostMapping("/{code}/renaming")
    DepartmentView rename(@PathVariable String code, @RequestBody Renaming body) {
        return send(known(code), new RenameDepartment(code, body.name(), body.since(), body.reason()));
    }

    @PostMapping("/{code}/merger")
    DepartmentView merge(@PathVariable String code, @RequestBody Merger body) {
        known(code);
        String into = Departments.code("into", body.into());
        if (into.equals(code)) {
            throw new InvalidFieldException("into", "must be another department than " + code);
        }
        if (!registry.isOpen(into)) {
            throw new InvalidFieldException("into", registry.find(into).isPresent()
                    ? into + " is merged or closed itself; merge into a department that still works"
                    : "no department " + into + "; create it first");
        }
        return send(code, new MergeDepartment(code, into, body.on(), body.reason()));
    }

    @PostMapping("/{code}/closure")
    DepartmentView close(@PathVariable String code, @RequestBody Closure body) {
        return send(known(code), new CloseDepartment(code, body.on(), body.reason()));
    }

    /** The department decides whether it exists (the read model may lag behind); a code that cannot be one is 404. */
    private static String known(String code) {
        if (!Departments.isCode(code)) {
            throw notFound(code);
        }
        return code;
    }

    private DepartmentView send(String code, Object command) {
        Long version = commands.sendAndWait(command);
        return registry.awaitVersion(code, version, READ_YOUR_WRITE)
                .or(() -> registry.find(code)).orElseThrow(() -> notFound(code));
    }

    private static ResponseStatusException notFound(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No department " + code + ". / 无此部门。");
    }
}
