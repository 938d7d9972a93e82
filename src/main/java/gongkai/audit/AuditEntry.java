package gongkai.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An audit event with the unit it concerns (its own or its disclosure's), for the audit trail page.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String username,
        String action,
        @Nullable Long disclosureId,
        @Nullable Long unitId,
        @Nullable String unitName,
        @Nullable Integer fiscalYear,
        @Nullable String detail) {}
