package nl.betrokken.audit;

import java.time.OffsetDateTime;
import nl.betrokken.security.AuditEvent;

public record AuditEventView(
        long id,
        OffsetDateTime occurredAt,
        String username,
        String action,
        String objectType,
        String objectId,
        Long municipalityId,
        String detail) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(
                event.id,
                event.occurredAt,
                event.username,
                event.action,
                event.objectType,
                event.objectId,
                event.municipalityId,
                event.detail);
    }
}
