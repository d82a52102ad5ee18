package ruleoflaw.ledger.platform.testing;

import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ruleoflaw.ledger.contracts.record.RecordCommands;
import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.record.SimpleRecordCorrected;
import ruleoflaw.ledger.contracts.record.SimpleRecordRecorded;
import ruleoflaw.ledger.platform.problem.RecordConflictException;
import ruleoflaw.ledger.platform.record.SimpleRecord;

/**
 * The lifecycle every simple record type shares, given/when/then on the service's {@link SimpleRecord} for one
 * example of each of its types: recorded, corrected with a reason, a stale correction or withdrawal refused,
 * withdrawn, nothing after a withdrawal; and a record stored with its type's own event (before the simple record
 * existed) goes on the same way. Extend it once per service; a type's own rules are tested on its details
 * ({@code checked()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SimpleRecordLifecycleContract<A extends SimpleRecord> {

    /**
     * One record of a type as kept (its {@code checked()} equals it), and the event its type stored it with before
     * the record lifecycle was written once; a type added since has only the one it is stored with now.
     */
    public record Example(RecordDetails details, Object storedBefore) {

        public Example(RecordDetails details) {
            this(details, new SimpleRecordRecorded("r-1", details));
        }

        @Override
        public String toString() {
            return details.recordType();
        }
    }

    private final Class<A> aggregate;
    private final String context;

    /** {@code context}: the service's, whose names its aggregate handles the commands by ({@code study}). */
    protected SimpleRecordLifecycleContract(Class<A> aggregate, String context) {
        this.aggregate = aggregate;
        this.context = context;
    }

    /** One example of every simple record type of the service, with the id {@code r-1}. */
    protected abstract Stream<Example> examples();

    private FixtureConfiguration<A> fixture() {
        return new AggregateTestFixture<>(aggregate);
    }

    private CommandMessage<?> command(String name, Object payload) {
        return new GenericCommandMessage<>(new GenericMessage<>(payload), context + name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aRecordIsRecordedAsItsTypeKeepsIt(Example example) {
        fixture().givenNoPriorActivity()
                .when(command(SimpleRecord.RECORD, new RecordCommands.Record("r-1", example.details())))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SimpleRecordRecorded("r-1", example.details().checked()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aCorrectionStatesTheRecordAnewWithItsReason(Example example) {
        fixture().given(new SimpleRecordRecorded("r-1", example.details()))
                .when(command(SimpleRecord.CORRECT,
                        new RecordCommands.Correct("r-1", 0L, "更正录入错误", example.details())))
                .expectEvents(new SimpleRecordCorrected("r-1", "更正录入错误", example.details().checked()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused(Example example) {
        fixture().given(new SimpleRecordRecorded("r-1", example.details()),
                        new SimpleRecordCorrected("r-1", "第一次更正", example.details()))
                .when(command(SimpleRecord.CORRECT,
                        new RecordCommands.Correct("r-1", 0L, "第二次更正", example.details())))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aWithdrawalOfAVersionThatIsNoLongerTheLatestIsRefused(Example example) {
        fixture().given(new SimpleRecordRecorded("r-1", example.details()),
                        new SimpleRecordCorrected("r-1", "更正", example.details()))
                .when(command(SimpleRecord.WITHDRAW, new RecordCommands.Withdraw("r-1", 0L, "重复录入")))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aWithdrawalKeepsTheRecordInHistoryWithTheReason(Example example) {
        fixture().given(new SimpleRecordRecorded("r-1", example.details()))
                .when(command(SimpleRecord.WITHDRAW, new RecordCommands.Withdraw("r-1", 0L, "重复录入")))
                .expectEvents(new RecordWithdrawn("r-1", example.details().recordType(), "重复录入"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aWithdrawnRecordIsNeitherCorrectedNorWithdrawnAgain(Example example) {
        Object recorded = new SimpleRecordRecorded("r-1", example.details());
        Object withdrawn = new RecordWithdrawn("r-1", example.details().recordType(), "重复录入");
        fixture().given(recorded, withdrawn)
                .when(command(SimpleRecord.CORRECT, new RecordCommands.Correct("r-1", 1L, "更正", example.details())))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture().given(recorded, withdrawn)
                .when(command(SimpleRecord.WITHDRAW, new RecordCommands.Withdraw("r-1", 1L, "再次撤回")))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aRecordStoredWithItsTypesOwnEventIsCorrectedAndWithdrawnTheSameWay(Example example) {
        fixture().given(example.storedBefore())
                .when(command(SimpleRecord.CORRECT, new RecordCommands.Correct("r-1", 0L, "更正", example.details())))
                .expectEvents(new SimpleRecordCorrected("r-1", "更正", example.details().checked()));
        fixture().given(example.storedBefore())
                .when(command(SimpleRecord.WITHDRAW, new RecordCommands.Withdraw("r-1", 0L, "重复录入")))
                .expectEvents(new RecordWithdrawn("r-1", example.details().recordType(), "重复录入"));
    }
}
