package gongkai.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One line of the audit trail; {@code unitId} is set for events about a unit or account rather than
 * a disclosure.
 */
@Serdeable
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue Long id,
        @Nullable @DateCreated Instant occurredAt,
        String username,
        String action,
        @Nullable Long disclosureId,
        @Nullable String detail,
        @Nullable Long unitId) {}
