package ruleoflaw.ledger.contracts.study;

import java.util.Set;

import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;


/**
 * Study sessions stored before revision 2 (no revision, or 1) did not say where they were held; they were all held
 * in person, so their details gain {@code format} {@link StudySessionDetails#DEFAULT_FORMAT}. Every reader of the
 * event store (the session itself, the record history, the ledger export, reporting) then sees revision 2 only.
 * Sessions stated as {@code SimpleRecordRecorded} / {@code SimpleRecordCorrected} (study's simple record) always
 * carry a format ({@link StudySessionDetails#checked()}): there is nothing to upcast in those.
 */
public class StudySessionFormatUpcaster extends SingleEventUpcaster {

    public static final String REVISION = StudySessionRecorded.class.getAnnotation(Revision.class).value();
    private static final Set<String> TYPES = Set.of(StudySessionRecorded.class.getName(),
            StudySessionCorrected.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        String revision = event.getType().getRevision();
        return TYPES.contains(event.getType().getName()) && (revision == null || revision.equals("1"));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), REVISION), JsonNode.class,
                payload -> {
                    if (payload.get("details") instanceof ObjectNode details && !details.hasNonNull("format")) {
                        details.put("format", StudySessionDetails.DEFAULT_FORMAT.name());
                    }
                    return payload;
                });
    }
}
