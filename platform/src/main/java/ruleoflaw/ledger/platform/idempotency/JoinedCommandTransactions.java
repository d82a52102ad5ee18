package ruleoflaw.ledger.platform.idempotency;

import java.io.IOException;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

import jakarta.servlet.ServletException;

/**
 * Axon's units of work in Spring transactions, like Axon's {@code SpringTransactionManager}, except that a unit of
 * work rolled back inside the request's transaction (see {@link IdempotencyFilter}) marks that transaction
 * rollback-only: a refused command then keeps none of its writes, even when the request answers 4xx. Inside any
 * other transaction it joined (a dead letter retried by an admin's request) it leaves the outer one alone, as Axon's.
 */
class JoinedCommandTransactions implements TransactionManager {

    /** The request transaction of the idempotency filter this thread is in, if any (the innermost). */
    private static final ThreadLocal<Request> REQUEST = new ThreadLocal<>();

    /** One run of a request's transaction. */
    private static final class Request {
        /** Whether a unit of work of it was rolled back because another wrote the same record first. */
        boolean lostRace;
    }

    /** Runs {@code work} as the request's transaction, which a failed unit of work joining it spoils. */
    static void asRequest(Work work) throws IOException, ServletException {
        Request outer = REQUEST.get();
        REQUEST.set(new Request());
        try {
            work.run();
        } finally {
            if (outer == null) {
                REQUEST.remove();
            } else {
                REQUEST.set(outer);
            }
        }
    }

    /**
     * Whether a command of the request being run on this thread was refused because another request, here or on
     * another instance, appended to the same record first ({@link RecordRaces}): then re-running the whole request
     * meets the record as it now stands.
     */
    static boolean lostRace() {
        Request request = REQUEST.get();
        return request != null && request.lostRace;
    }

    @FunctionalInterface
    interface Work {
        void run() throws IOException, ServletException;
    }

    private final PlatformTransactionManager transactions;

    JoinedCommandTransactions(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        TransactionStatus status = transactions.getTransaction(TransactionDefinition.withDefaults());
        return new Transaction() {
            @Override
            public void commit() {
                if (!status.isCompleted()) {
                    transactions.commit(status); // joined: the outer transaction commits
                }
            }

            @Override
            public void rollback() {
                Request request = REQUEST.get();
                if (request != null && CurrentUnitOfWork.isStarted()) {
                    // called in the unit of work's rollback phase, whose result is then the failure
                    ExecutionResult result = CurrentUnitOfWork.get().getExecutionResult();
                    request.lostRace |= result != null && result.isExceptionResult()
                            && RecordRaces.lost(result.getExceptionResult());
                }
                if (!status.isCompleted() && (status.isNewTransaction() || request != null)) {
                    transactions.rollback(status); // joined: marks the request's transaction rollback-only
                }
            }
        };
    }
}
