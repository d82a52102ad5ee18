package ruleoflaw.ledger.reporting.records;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a batch's record versions after its last event was handled, before the processor stores its token: the
 * token store is not transactional, so a write that fails here fails the batch, which is then processed again,
 * instead of leaving a token past versions that were never written. Registered on every processor that feeds
 * {@link LedgerRecords}, outside the dead-letter queue's handling of single events.
 */
public final class BatchEnd implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            LedgerRecords.flushCurrent();
        }
        return result;
    }
}
