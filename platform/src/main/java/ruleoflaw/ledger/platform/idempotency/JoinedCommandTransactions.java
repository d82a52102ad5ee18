package ruleoflaw.ledger.platform.idempotency;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * Axon's units of work in Spring transactions, like Axon's {@code SpringTransactionManager}, except that a unit of
 * work rolled back inside a transaction it joined (the request's, see {@link IdempotencyFilter}) marks that
 * transaction rollback-only: a refused command then keeps none of its writes, even when the request answers 4xx.
 */
class JoinedCommandTransactions implements TransactionManager {

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
                if (!status.isCompleted()) {
                    transactions.rollback(status); // joined: marks the outer transaction rollback-only
                }
            }
        };
    }
}
