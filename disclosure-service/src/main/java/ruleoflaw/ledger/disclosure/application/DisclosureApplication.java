package ruleoflaw.ledger.disclosure.application;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.calendar.WorkingDays.DueDay;
import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.contracts.disclosure.AnswerDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.ApplicationCorrectionReceived;
import ruleoflaw.ledger.contracts.disclosure.ApplicationCorrectionRequested;
import ruleoflaw.ledger.contracts.disclosure.ApplicationDeadlinePassed;
import ruleoflaw.ledger.contracts.disclosure.ApplicationDueDayRecounted;
import ruleoflaw.ledger.contracts.disclosure.ApplicationExtensionApproved;
import ruleoflaw.ledger.contracts.disclosure.ApplicationSubReason;
import ruleoflaw.ledger.contracts.disclosure.ApproveApplicationExtension;
import ruleoflaw.ledger.contracts.disclosure.CorrectDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationAnswered;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationCorrected;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationEvent;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationFile;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationRecorded;
import ruleoflaw.ledger.contracts.disclosure.ReceiveApplicationCorrection;
import ruleoflaw.ledger.contracts.disclosure.RecordDisclosureApplication;
import ruleoflaw.ledger.contracts.disclosure.RecountApplicationDueDay;
import ruleoflaw.ledger.contracts.disclosure.RequestApplicationCorrection;
import ruleoflaw.ledger.contracts.disclosure.WithdrawDisclosureApplication;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.eventstore.LedgerSnapshots;
import ruleoflaw.ledger.platform.problem.RecordConflictException;
import ruleoflaw.ledger.platform.record.RecordRules;

/**
 * One disclosure application (依申请公开) from receipt to answer, with its legal clock (条例 art. 33): the answer
 * is due 20 working days after receipt; a correction asked of the applicant (补正) stops the clock until it is
 * received, and the due day moves by the working days it stood still; one extension of at most 20 working days
 * may be approved. Every event states the whole application so far ({@link DisclosureApplicationFile}).
 *
 * <p>Working days are counted on the {@link WorkingDays} calendar; a due day that counts days of a year whose holiday
 * arrangement is not yet published is provisional, and the service recounts it at start
 * ({@link RecountApplicationDueDay}) once the year's notice has been added: the day may move, and the deadline with it.
 *
 * <p>The due deadline (the end of the due day, China Standard Time) is scheduled with the {@link DeadlineManager}
 * on receipt, cancelled while a correction is awaited and when answered, and rescheduled when the due day moves.
 * When it fires for an application still open with that due day, the application records that it passed; an
 * answer dated after the due day counts as late whether or not the deadline fired first.
 *
 * <p>Refused: a step dated before the receipt, or an answer before a correction asked for (400 naming the date);
 * any step after the answer, a second extension, a correction received when none was asked or asked while one is
 * awaited, any change of a withdrawn application (409); an outcome with a sub-reason not its own (400 naming
 * {@code subReason}).
 *
 * <p>Every step adds an event, so the application is snapshotted ({@link LedgerSnapshots}): its fields are its snapshot;
 * raise the revision when they change.
 */
@Aggregate(snapshotTriggerDefinition = LedgerSnapshots.TRIGGER)
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public class DisclosureApplication {

    static final String ANSWER_DUE = "disclosure-application-answer-due";
    static final int ANSWER_WORKING_DAYS = 20;
    static final int MAX_EXTENSION_WORKING_DAYS = 20;

    @AggregateIdentifier
    private String applicationId;
    private DisclosureApplicationFile file;
    private LocalDate firstStepOn;
    private boolean withdrawn;

    protected DisclosureApplication() {
        // for Axon
    }

    @CommandHandler
    public DisclosureApplication(RecordDisclosureApplication command, WorkingDays calendar, DeadlineManager deadlines) {
        DisclosureApplicationDetails details = stripped(command.details());
        DueDay due = calendar.dueDay(details.receivedOn(), ANSWER_WORKING_DAYS);
        apply(new DisclosureApplicationRecorded(command.applicationId(), DisclosureApplicationFile.received(details, due)));
        schedule(command.applicationId(), due.on(), deadlines);
    }

    @CommandHandler
    void handle(CorrectDisclosureApplication command, WorkingDays calendar, DeadlineManager deadlines) {
        requireOpenRecord();
        DisclosureApplicationDetails details = stripped(command.details());
        if (firstStepOn != null && details.receivedOn().isAfter(firstStepOn)) {
            throw new InvalidFieldException("receivedOn",
                    "must not be after the application's first recorded step (" + firstStepOn + ")");
        }
        DueDay due = file.paused() ? null : calendar.dueDay(details.receivedOn(), file.workingDaysToAnswer());
        boolean clockChanged = due != null && !due.on().equals(file.dueOn());
        apply(new DisclosureApplicationCorrected(applicationId, command.reason(),
                file.corrected(details, due, file.deadlinePassed() && !clockChanged)));
        if (clockChanged && !file.answered()) {
            deadlines.cancelAllWithinScope(ANSWER_DUE);
            schedule(applicationId, due.on(), deadlines);
        }
    }

    @CommandHandler
    void handle(WithdrawDisclosureApplication command, DeadlineManager deadlines) {
        requireOpenRecord();
        apply(new RecordWithdrawn(applicationId, DisclosureApplicationDetails.TYPE, command.reason()));
        deadlines.cancelAllWithinScope(ANSWER_DUE);
    }

    @CommandHandler
    void handle(RequestApplicationCorrection command, DeadlineManager deadlines) {
        requireOpenStep("a correction requested");
        if (file.paused()) {
            throw new RecordConflictException("A correction was asked of the applicant on " + file.correctionRequestedOn()
                    + " and not yet received; record it received first.");
        }
        notBeforeReceipt("requestedOn", command.requestedOn());
        if (command.requestedOn().isAfter(file.dueOn())) {
            throw new InvalidFieldException("requestedOn",
                    "must not be after the answer was due (" + file.dueOn() + ")");
        }
        apply(new ApplicationCorrectionRequested(applicationId, command.requestedOn(),
                file.withCorrectionRequested(command.requestedOn())));
        deadlines.cancelAllWithinScope(ANSWER_DUE);
    }

    @CommandHandler
    void handle(ReceiveApplicationCorrection command, WorkingDays calendar, DeadlineManager deadlines) {
        requireOpenStep("a correction received");
        if (!file.paused()) {
            throw new RecordConflictException("No correction is awaited from the applicant; ask for one first.");
        }
        if (command.receivedOn().isBefore(file.correctionRequestedOn())) {
            throw new InvalidFieldException("receivedOn",
                    "must not be before the correction was asked for (" + file.correctionRequestedOn() + ")");
        }
        int paused = calendar.workingDaysBetween(file.correctionRequestedOn(), command.receivedOn());
        DueDay due = calendar.dueDay(file.receivedOn(), file.workingDaysToAnswer() + paused);
        apply(new ApplicationCorrectionReceived(applicationId, command.receivedOn(), paused,
                file.withCorrectionReceived(paused, due)));
        schedule(applicationId, due.on(), deadlines);
    }

    @CommandHandler
    void handle(ApproveApplicationExtension command, WorkingDays calendar, DeadlineManager deadlines) {
        requireOpenStep("an extension approved");
        if (file.extensionApprovedOn() != null) {
            throw new RecordConflictException("An extension of " + file.extensionWorkingDays() + " working days was approved on "
                    + file.extensionApprovedOn() + "; the answer period is extended once.");
        }
        if (command.workingDays() < 1 || command.workingDays() > MAX_EXTENSION_WORKING_DAYS) {
            throw new InvalidFieldException("workingDays", "must be between 1 and " + MAX_EXTENSION_WORKING_DAYS);
        }
        notBeforeReceipt("approvedOn", command.approvedOn());
        if (file.dueOn() != null && command.approvedOn().isAfter(file.dueOn())) {
            throw new InvalidFieldException("approvedOn",
                    "must not be after the answer was due (" + file.dueOn() + "): an extension is approved within the period");
        }
        DueDay due = file.paused() ? null
                : calendar.dueDay(file.receivedOn(), file.workingDaysToAnswer() + command.workingDays());
        apply(new ApplicationExtensionApproved(applicationId, command.approvedOn(), command.workingDays(),
                file.withExtension(command.approvedOn(), command.workingDays(), due)));
        if (due != null) {
            deadlines.cancelAllWithinScope(ANSWER_DUE);
            schedule(applicationId, due.on(), deadlines);
        }
    }

    @CommandHandler
    void handle(RecountApplicationDueDay command, WorkingDays calendar, DeadlineManager deadlines) {
        if (withdrawn || !file.dueOnProvisional() || file.dueOn() == null) {
            return;
        }
        LocalDate previous = file.dueOn();
        DueDay due = calendar.dueDay(file.receivedOn(), file.workingDaysToAnswer());
        if (due.on().equals(previous) && due.provisional()) {
            return;
        }
        apply(new ApplicationDueDayRecounted(applicationId, previous, file.withDueDayRecounted(due)));
        if (!file.answered() && !due.on().equals(previous)) {
            deadlines.cancelAllWithinScope(ANSWER_DUE);
            schedule(applicationId, due.on(), deadlines);
        }
    }

    @CommandHandler
    void handle(AnswerDisclosureApplication command, DeadlineManager deadlines) {
        requireOpenStep("an answer");
        notBeforeReceipt("answeredOn", command.answeredOn());
        if (file.paused() && command.answeredOn().isBefore(file.correctionRequestedOn())) {
            throw new InvalidFieldException("answeredOn",
                    "must not be before the correction was asked for (" + file.correctionRequestedOn() + ")");
        }
        if (!ApplicationSubReason.consistent(command.outcome(), command.subReason())) {
            throw new InvalidFieldException("subReason", command.outcome().hasSubReasons()
                    ? "must be one of the reasons of " + command.outcome()
                    : "must be empty for " + command.outcome());
        }
        apply(new DisclosureApplicationAnswered(applicationId, command.answeredOn(), command.outcome(), command.subReason(),
                file.withAnswer(command.answeredOn(), command.outcome(), command.subReason())));
        deadlines.cancelAllWithinScope(ANSWER_DUE);
    }

    @DeadlineHandler(deadlineName = ANSWER_DUE)
    void answerDue(ApplicationDeadline deadline) {
        if (!withdrawn && !file.answered() && !file.paused() && !file.deadlinePassed()
                && deadline.dueOn().equals(file.dueOn())) {
            apply(new ApplicationDeadlinePassed(applicationId, deadline.dueOn(), file.withDeadlinePassed()));
        }
    }

    @EventSourcingHandler
    void on(DisclosureApplicationEvent event) {
        applicationId = event.applicationId();
        file = event.file();
        LocalDate stepOn = null;
        if (event instanceof ApplicationCorrectionRequested requested) {
            stepOn = requested.requestedOn();
        } else if (event instanceof ApplicationCorrectionReceived received) {
            stepOn = received.receivedOn();
        } else if (event instanceof ApplicationExtensionApproved extension) {
            stepOn = extension.approvedOn();
        } else if (event instanceof DisclosureApplicationAnswered answered) {
            stepOn = answered.answeredOn();
        }
        if (stepOn != null && (firstStepOn == null || stepOn.isBefore(firstStepOn))) {
            firstStepOn = stepOn;
        }
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** The moment the deadline of a due day passes: the start of the next day in China Standard Time. */
    static Instant deadline(LocalDate dueOn) {
        return ChinaTime.endOf(dueOn);
    }

    private static void schedule(String id, LocalDate dueOn, DeadlineManager deadlines) {
        deadlines.schedule(deadline(dueOn), ANSWER_DUE, new ApplicationDeadline(id, dueOn));
    }

    private void requireOpenRecord() {
        RecordRules.requireNotWithdrawn(withdrawn, DisclosureApplicationDetails.TYPE, applicationId);
    }

    private void requireOpenStep(String step) {
        requireOpenRecord();
        if (file.answered()) {
            throw new RecordConflictException("Application " + applicationId + " was answered on " + file.answeredOn()
                    + " (" + file.outcome() + "); " + step + " comes too late.");
        }
    }

    private void notBeforeReceipt(String field, LocalDate date) {
        if (date.isBefore(file.receivedOn())) {
            throw new InvalidFieldException(field,
                    "must not be before the application was received (" + file.receivedOn() + ")");
        }
    }

    private static DisclosureApplicationDetails stripped(DisclosureApplicationDetails d) {
        return new DisclosureApplicationDetails(d.receivedOn(), d.applicantType(), d.requestSummary().strip());
    }
}
