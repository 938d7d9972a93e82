package gongkai.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Collection;

/**
 * A filter over the audit trail. {@code scope} null means every event; otherwise only events about
 * those units (directly or through a disclosure of theirs) — an empty scope matches nothing.
 */
public record AuditQuery(
        @Nullable String username,
        @Nullable String action,
        @Nullable Long disclosureId,
        @Nullable Long unitId,
        @Nullable Instant from,
        @Nullable Instant until,
        @Nullable Collection<Long> scope) {}
