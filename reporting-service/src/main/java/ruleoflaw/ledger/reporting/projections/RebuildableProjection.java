package ruleoflaw.ledger.reporting.projections;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * A projection a rebuild can fill anew: its live handlers (the Spring bean, in {@link #processingGroup()}) write into
 * the active generation; {@link #handlersWritingInto(int)} makes handlers like them that write into another one.
 */
public interface RebuildableProjection {

    /** The live processing group, unique across services; a rebuild's processor is named after it. */
    String processingGroup();

    /** The names of the collections it keeps in {@code generation}. */
    List<String> collections(int generation);

    /** Event handlers like the live ones that write into {@code generation}, whose collections are made ready. */
    Object handlersWritingInto(int generation);

    /** What a rebuild's processor runs around each event, as the live processor of this projection does. */
    default List<MessageHandlerInterceptor<EventMessage<?>>> interceptors() {
        return List.of();
    }
}
