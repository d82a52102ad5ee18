package ruleoflaw.ledger.litigation.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import ruleoflaw.ledger.contracts.litigation.AppealCase;
import ruleoflaw.ledger.contracts.litigation.CaseAppealed;
import ruleoflaw.ledger.contracts.litigation.CaseConcluded;
import ruleoflaw.ledger.contracts.litigation.CaseKind;
import ruleoflaw.ledger.contracts.litigation.CaseRegisteredOnPlatform;
import ruleoflaw.ledger.contracts.litigation.ConcludeCase;
import ruleoflaw.ledger.contracts.litigation.CorrectLegalCase;
import ruleoflaw.ledger.contracts.litigation.DefenceDeadlinePassed;
import ruleoflaw.ledger.contracts.litigation.DefenceFiled;
import ruleoflaw.ledger.contracts.litigation.DefenceReminderDue;
import ruleoflaw.ledger.contracts.litigation.FileDefence;
import ruleoflaw.ledger.contracts.litigation.HearingHeld;
import ruleoflaw.ledger.contracts.litigation.LegalCaseCorrected;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCaseEvent;
import ruleoflaw.ledger.contracts.litigation.LegalCaseFile;
import ruleoflaw.ledger.contracts.litigation.LegalCaseRecorded;
import ruleoflaw.ledger.contracts.litigation.RecordHearing;
import ruleoflaw.ledger.contracts.litigation.RecordLegalCase;
import ruleoflaw.ledger.contracts.litigation.RegisterCaseOnPlatform;
import ruleoflaw.ledger.contracts.litigation.WithdrawLegalCase;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.eventstore.LedgerSnapshots;
import ruleoflaw.ledger.platform.problem.RecordConflictException;
import ruleoflaw.ledger.platform.record.RecordRules;

/**
 * One case against the bureau (行政诉讼 or 行政复议) from receipt to conclusion, with its defence clock.
 *
 * <p>Every event states the whole case as it stands afterwards ({@link LegalCaseFile}, see
 * {@link LegalCaseEvent}); the aggregate's state is that file. Steps are kept in order: none is dated before
 * the receipt, no defence or hearing after the conclusion, no conclusion before the last hearing (400 naming
 * the date); a second defence or conclusion, or any change of a withdrawn case, is refused with 409. A concluded
 * first-instance case may be appealed once: the appeal is the next stage, recorded as a case of its own.
 *
 * <p>The defence clock: on receipt the deadline (end of the due day) and a reminder (unless its day is already
 * past: a case recorded late gets no reminder) are scheduled with the
 * {@link DeadlineManager}. They are never cancelled: when one fires, it checks the case — a defence filed,
 * the case concluded or withdrawn, or a due day since changed by a correction of the receipt date, and it
 * does nothing. A defence filed after the due day counts as overdue by its date, whether or not the
 * deadline fired first; one filed in time after the deadline fired (recorded late) is not overdue.
 *
 * <p>Every step adds an event, so the case is snapshotted ({@link LedgerSnapshots}): its fields are its snapshot;
 * raise the revision when they change.
 */
@Aggregate(snapshotTriggerDefinition = LedgerSnapshots.TRIGGER)
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public class LegalCase {

    static final String DEFENCE_DUE = "legal-case-defence-due";
    static final String DEFENCE_REMINDER = "legal-case-defence-reminder";

    @AggregateIdentifier
    private String caseId;
    private LegalCaseFile file;
    private LocalDate firstStepOn;
    private boolean withdrawn;

    protected LegalCase() {
        // for Axon
    }

    @CommandHandler
    public LegalCase(RecordLegalCase command, DefenceClock clock, DeadlineManager deadlines) {
        LegalCaseDetails details = stripped(command.details());
        LocalDate dueOn = clock.dueOn(details.kind(), details.complaintReceivedOn());
        apply(new LegalCaseRecorded(command.caseId(), LegalCaseFile.received(details, dueOn)));
        schedule(command.caseId(), dueOn, clock, deadlines);
    }

    @CommandHandler
    void handle(CorrectLegalCase command, DefenceClock clock, DeadlineManager deadlines) {
        requireOpenRecord();
        LegalCaseDetails details = stripped(command.details());
        if (firstStepOn != null && details.complaintReceivedOn().isAfter(firstStepOn)) {
            throw new InvalidFieldException("complaintReceivedOn",
                    "must not be after the case's first recorded step (" + firstStepOn + ")");
        }
        LocalDate dueOn = clock.dueOn(details.kind(), details.complaintReceivedOn());
        boolean clockChanged = !dueOn.equals(file.defenceDueOn());
        boolean overdue = file.defenceFiledOn() != null ? file.defenceFiledOn().isAfter(dueOn)
                : file.defenceOverdue() && !clockChanged;
        apply(new LegalCaseCorrected(caseId, command.reason(), file.corrected(details, dueOn, overdue)));
        if (clockChanged && file.defenceFiledOn() == null) {
            schedule(caseId, dueOn, clock, deadlines);
        }
    }

    @CommandHandler
    void handle(WithdrawLegalCase command) {
        requireOpenRecord();
        apply(new RecordWithdrawn(caseId, LegalCaseDetails.TYPE, command.reason()));
    }

    @CommandHandler
    void handle(FileDefence command) {
        requireOpenRecord();
        if (file.defenceFiledOn() != null) {
            throw new RecordConflictException("The defence of case " + file.caseNumber() + " was filed on "
                    + file.defenceFiledOn() + "; it is filed once.");
        }
        LocalDate filedOn = command.filedOn();
        notBeforeReceipt("filedOn", filedOn);
        notAfterConclusion("filedOn", filedOn);
        apply(new DefenceFiled(caseId, filedOn, file.withDefence(filedOn)));
    }

    @CommandHandler
    void handle(RegisterCaseOnPlatform command) {
        requireOpenRecord();
        notBeforeReceipt("registeredOn", command.registeredOn());
        String reference = command.platformReference().strip();
        apply(new CaseRegisteredOnPlatform(caseId, command.registeredOn(), reference,
                file.withPlatformRegistration(file.platformRegisteredOn() != null ? file.platformRegisteredOn()
                        : command.registeredOn(), reference)));
    }

    @CommandHandler
    void handle(RecordHearing command) {
        requireOpenRecord();
        notBeforeReceipt("heldOn", command.heldOn());
        notAfterConclusion("heldOn", command.heldOn());
        apply(new HearingHeld(caseId, command.heldOn(), command.principalAppeared(),
                file.withHearing(command.heldOn(), command.principalAppeared())));
    }

    @CommandHandler
    void handle(ConcludeCase command) {
        requireOpenRecord();
        if (file.concluded()) {
            throw new RecordConflictException("Case " + file.caseNumber() + " was concluded on " + file.concludedOn()
                    + " (" + file.outcome() + "); it is concluded once. Correct a mistake by withdrawing and recording anew.");
        }
        notBeforeReceipt("concludedOn", command.concludedOn());
        if (file.lastHearingOn() != null && command.concludedOn().isBefore(file.lastHearingOn())) {
            throw new InvalidFieldException("concludedOn",
                    "must not be before the last hearing (" + file.lastHearingOn() + ")");
        }
        if (file.defenceFiledOn() != null && command.concludedOn().isBefore(file.defenceFiledOn())) {
            throw new InvalidFieldException("concludedOn",
                    "must not be before the defence was filed (" + file.defenceFiledOn() + ")");
        }
        if (!command.detail().fits(command.outcome())) {
            throw new InvalidFieldException("detail", command.detail() + " (" + command.detail().chineseName()
                    + ") is not an outcome " + command.outcome() + " (" + command.outcome().chineseName() + ")");
        }
        if (file.defenceFiledOn() == null && !file.defenceOverdue() && file.defenceDueOn() != null
                && command.concludedOn().isAfter(file.defenceDueOn())) {
            // the defence deadline passed, in the case's own dates, before it concluded without one; the clock may
            // not have fired yet (a case recorded after the fact): the figures follow the dates, not the clock
            apply(new DefenceDeadlinePassed(caseId, file.defenceDueOn(), file.withDefenceOverdue()));
        }
        apply(new CaseConcluded(caseId, command.concludedOn(), command.outcome(), command.detail(),
                file.withConclusion(command.concludedOn(), command.outcome(), command.detail())));
    }

    @CommandHandler
    void handle(AppealCase command) {
        requireOpenRecord();
        if (file.kind() != CaseKind.LITIGATION_FIRST_INSTANCE || !file.concluded()) {
            throw new RecordConflictException("Case " + file.caseNumber() + " is " + (file.concluded() ? "" : "not yet concluded and ")
                    + "a " + file.kind() + "; only a concluded first-instance case is appealed.");
        }
        if (file.appealedOn() != null) {
            throw new RecordConflictException("Case " + file.caseNumber() + " was appealed on " + file.appealedOn()
                    + " (case " + file.appealCaseId() + ").");
        }
        if (command.appealedOn().isBefore(file.concludedOn())) {
            throw new InvalidFieldException("appealedOn",
                    "must not be before the case was concluded (" + file.concludedOn() + ")");
        }
        apply(new CaseAppealed(caseId, command.appealedOn(), command.appealCaseId(),
                file.withAppeal(command.appealedOn(), command.appealCaseId())));
    }

    @DeadlineHandler(deadlineName = DEFENCE_DUE)
    void defenceDue(DefenceDeadline deadline) {
        if (stillRunning(deadline)) {
            apply(new DefenceDeadlinePassed(caseId, deadline.dueOn(), file.withDefenceOverdue()));
        }
    }

    @DeadlineHandler(deadlineName = DEFENCE_REMINDER)
    void defenceReminder(DefenceDeadline deadline) {
        if (stillRunning(deadline)) {
            apply(new DefenceReminderDue(caseId, deadline.dueOn()));
        }
    }

    @EventSourcingHandler
    void on(LegalCaseEvent event) {
        caseId = event.caseId();
        file = event.file();
        LocalDate stepOn = null;
        if (event instanceof DefenceFiled filed) {
            stepOn = filed.filedOn();
        } else if (event instanceof CaseRegisteredOnPlatform registered) {
            stepOn = registered.registeredOn();
        } else if (event instanceof HearingHeld hearing) {
            stepOn = hearing.heldOn();
        } else if (event instanceof CaseConcluded concluded) {
            stepOn = concluded.concludedOn();
        }
        if (stepOn != null && (firstStepOn == null || stepOn.isBefore(firstStepOn))) {
            firstStepOn = stepOn;
        }
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    private boolean stillRunning(DefenceDeadline deadline) {
        return !withdrawn && file.defenceFiledOn() == null && !file.defenceOverdue() && !file.concluded()
                && deadline.dueOn().equals(file.defenceDueOn());
    }

    private static void schedule(String caseId, LocalDate dueOn, DefenceClock clock, DeadlineManager deadlines) {
        DefenceDeadline deadline = new DefenceDeadline(caseId, dueOn);
        if (clock.reminder(dueOn).isAfter(GenericEventMessage.clock.instant())) {
            deadlines.schedule(clock.reminder(dueOn), DEFENCE_REMINDER, deadline);
        }
        deadlines.schedule(clock.deadline(dueOn), DEFENCE_DUE, deadline);
    }

    private void requireOpenRecord() {
        RecordRules.requireNotWithdrawn(withdrawn, LegalCaseDetails.TYPE, caseId);
    }

    private void notBeforeReceipt(String field, LocalDate date) {
        if (date.isBefore(file.complaintReceivedOn())) {
            throw new InvalidFieldException(field,
                    "must not be before the case was received (" + file.complaintReceivedOn() + ")");
        }
    }

    private void notAfterConclusion(String field, LocalDate date) {
        if (file.concluded() && date.isAfter(file.concludedOn())) {
            throw new InvalidFieldException(field, "must not be after the case was concluded (" + file.concludedOn() + ")");
        }
    }

    private static LegalCaseDetails stripped(LegalCaseDetails d) {
        return new LegalCaseDetails(d.kind(), d.caseNumber().strip(), d.court().strip(), d.plaintiffType(),
                d.subject().strip(), d.concernsDisclosure(), d.followsReconsideration(), d.complaintReceivedOn());
    }
}
