package ruleoflaw.ledger.study.hearing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectHearingAttendance;
import ruleoflaw.ledger.contracts.study.HearingAttendanceCorrected;
import ruleoflaw.ledger.contracts.study.HearingAttendanceDetails;
import ruleoflaw.ledger.contracts.study.HearingAttendanceRecorded;
import ruleoflaw.ledger.contracts.study.RecordHearingAttendance;
import ruleoflaw.ledger.contracts.study.WithdrawHearingAttendance;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One court hearing attended (旁听庭审), online or in person. */
@Aggregate
public class HearingAttendance {

    @AggregateIdentifier
    private String attendanceId;
    private boolean withdrawn;

    protected HearingAttendance() {
        // for Axon
    }

    @CommandHandler
    public HearingAttendance(RecordHearingAttendance command) {
        apply(new HearingAttendanceRecorded(command.attendanceId(), stripped(command.details())));
    }

    @CommandHandler
    void handle(CorrectHearingAttendance command) {
        RecordRules.requireNotWithdrawn(withdrawn, HearingAttendanceDetails.TYPE, attendanceId);
        apply(new HearingAttendanceCorrected(attendanceId, command.reason(), stripped(command.details())));
    }

    @CommandHandler
    void handle(WithdrawHearingAttendance command) {
        RecordRules.requireNotWithdrawn(withdrawn, HearingAttendanceDetails.TYPE, attendanceId);
        apply(new RecordWithdrawn(attendanceId, HearingAttendanceDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(HearingAttendanceRecorded event) {
        attendanceId = event.attendanceId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    private static HearingAttendanceDetails stripped(HearingAttendanceDetails details) {
        return new HearingAttendanceDetails(details.attendedOn(), details.title().strip(), details.court(),
                details.caseReference(), details.attendees(), details.online());
    }
}
