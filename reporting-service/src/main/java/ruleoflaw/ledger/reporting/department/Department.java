package ruleoflaw.ledger.reporting.department;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

/**
 * A department of the district under its stable code: created with a name, renamed as reorganisations (机构改革)
 * require, and at last merged into another department or closed. Each name stays in force from its day until the next
 * one's, so a figure of an earlier year keeps the name the department had then. Nothing follows a merger or closure.
 *
 * <p>The installation's default department exists before any event says so: renaming, merging or closing it first
 * records it as configured ({@link Departments#defaultName()}, named since {@link #DEFAULT_SINCE}).
 *
 * <p>Command handlers answer with the department's version after the command, for the caller to read its own write.
 */
@Aggregate
public class Department {

    static final int MAX_NAME_LENGTH = 100;
    /** Since when the default department is taken to bear its configured name, unless created explicitly. */
    static final LocalDate DEFAULT_SINCE = LocalDate.of(2000, 1, 1);

    @AggregateIdentifier
    private String code;
    private String name;
    private LocalDate nameSince;
    private DepartmentStatus status;
    private String mergedInto;
    private LocalDate endedOn;

    protected Department() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(CreateDepartment command) {
        String of = Departments.code("code", command.code());
        if (code != null) {
            throw new RecordConflictException("The department " + code + " exists already (" + name
                    + "); rename it instead of creating it again. / 该部门编码已存在。");
        }
        String named = name(command.name());
        LocalDate since = required("since", command.since());
        apply(new DepartmentCreated(of, named, since));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(RenameDepartment command, Departments departments) {
        existing(command.code(), departments);
        requireOpen("renamed");
        String named = name(command.name());
        if (named.equals(name)) {
            throw new InvalidFieldException("name", "is the department's name already (" + name + ")");
        }
        LocalDate since = notBeforeTheName("since", command.since());
        apply(new DepartmentRenamed(code, named, since, reason(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(MergeDepartment command, Departments departments) {
        existing(command.code(), departments);
        requireOpen("merged");
        String into = Departments.code("into", command.into());
        if (into.equals(code)) {
            throw new InvalidFieldException("into", "must be another department than " + code);
        }
        LocalDate on = notBeforeTheName("on", command.on());
        apply(new DepartmentMerged(code, into, on, reason(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(CloseDepartment command, Departments departments) {
        existing(command.code(), departments);
        requireOpen("closed");
        LocalDate on = notBeforeTheName("on", command.on());
        apply(new DepartmentClosed(code, on, reason(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(DepartmentCreated event) {
        code = event.code();
        name = event.name();
        nameSince = event.since();
        status = DepartmentStatus.OPEN;
    }

    @EventSourcingHandler
    void on(DepartmentRenamed event) {
        name = event.name();
        nameSince = event.since();
    }

    @EventSourcingHandler
    void on(DepartmentMerged event) {
        status = DepartmentStatus.MERGED;
        mergedInto = event.into();
        endedOn = event.on();
    }

    @EventSourcingHandler
    void on(DepartmentClosed event) {
        status = DepartmentStatus.CLOSED;
        endedOn = event.on();
    }

    /** Unknown unless recorded, but the default department always exists: its first change records it as configured. */
    private void existing(String of, Departments departments) {
        if (code != null) {
            return;
        }
        if (of == null || !of.equals(departments.defaultCode())) {
            throw new AggregateNotFoundException(of, "No department " + of + ". / 无此部门。");
        }
        apply(new DepartmentCreated(of, departments.defaultName(), DEFAULT_SINCE));
    }

    private void requireOpen(String step) {
        if (status == DepartmentStatus.MERGED) {
            throw new RecordConflictException("The department " + code + " (" + name + ") cannot be " + step
                    + ": it was merged into " + mergedInto + " on " + endedOn
                    + "; nothing is recorded after that. / 该部门已并入其他部门。");
        }
        if (status == DepartmentStatus.CLOSED) {
            throw new RecordConflictException("The department " + code + " (" + name + ") cannot be " + step
                    + ": it was closed on " + endedOn + "; nothing is recorded after that. / 该部门已撤销。");
        }
    }

    private LocalDate notBeforeTheName(String field, LocalDate day) {
        required(field, day);
        if (day.isBefore(nameSince)) {
            throw new InvalidFieldException(field, "must not be before " + nameSince + ", the day the present name "
                    + name + " took effect");
        }
        return day;
    }

    static String name(String name) {
        String named = name == null ? "" : name.strip();
        if (named.isEmpty()) {
            throw new InvalidFieldException("name", "must not be blank: give the department's full name");
        }
        if (named.length() > MAX_NAME_LENGTH) {
            throw new InvalidFieldException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return named;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "must not be blank: say why (e.g. the reorganisation plan)");
        }
        return reason.strip();
    }

    private static LocalDate required(String field, LocalDate day) {
        if (day == null) {
            throw new InvalidFieldException(field, "give the day it takes effect (2019-01-01)");
        }
        return day;
    }
}
