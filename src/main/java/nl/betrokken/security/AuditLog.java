package nl.betrokken.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** Writes audit events in the transaction of the change they describe: both happen, or neither. */
@ApplicationScoped
public class AuditLog {

    static final String SYSTEM = "system";

    private final Instance<CurrentUser> currentUser;

    public AuditLog(Instance<CurrentUser> currentUser) {
        this.currentUser = currentUser;
    }

    /** Records an action of whoever is logged in on this request, or of the system outside requests. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, Object objectId, Long municipalityId, String detail) {
        AuthenticatedUser actor = Arc.container().requestContext().isActive()
                ? currentUser.get().get().orElse(null)
                : null;
        record(actor, action, objectType, objectId, municipalityId, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            AuthenticatedUser actor,
            String action,
            String objectType,
            Object objectId,
            Long municipalityId,
            String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now();
        event.userId = actor == null ? null : actor.id();
        event.username = actor == null ? SYSTEM : actor.username();
        event.action = action;
        event.objectType = objectType;
        event.objectId = objectId == null ? null : objectId.toString();
        event.municipalityId = municipalityId;
        event.detail = detail;
        event.persist();
    }
}
