package gongkai.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/** Records who did what and when (login, save, submit, return, publish) and reads it back. */
@Singleton
public class AuditLog {

    private final AuditRepository events;

    AuditLog(AuditRepository events) {
        this.events = events;
    }

    public void record(String username, String action, @Nullable Long disclosureId, @Nullable String detail) {
        events.save(new AuditEvent(null, null, username, action, disclosureId, detail));
    }

    public List<AuditEvent> forDisclosure(long disclosureId) {
        return events.forDisclosure(disclosureId);
    }

    public List<AuditEvent> latest(int limit) {
        return events.latest(limit);
    }
}
