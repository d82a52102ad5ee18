package ruleoflaw.ledger.platform.idempotency;

import java.io.IOException;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
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

    /** How many request transactions of the idempotency filter this thread is in. */
    private static final ThreadLocal<int[]> REQUEST = ThreadLocal.withInitial(() -> new int[1]);

    /** Runs {@code work} as the request's transaction, which a failed unit of work joining it spoils. */
    static void asRequest(Work work) throws IOException, ServletException {
        REQUEST.get()[0]++;
        try {
            work.run();
        } finally {
            REQUEST.get()[0]--;
        }
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
                if (!status.isCompleted() && (status.isNewTransaction() || REQUEST.get()[0] > 0)) {
                    transactions.rollback(status); // joined: marks the request's transaction rollback-only
                }
            }
        };
    }
}
