package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One line of a disclosure list: which unit, which year, in which state. */
@Serdeable
public record DisclosureSummary(
        Long id,
        Long unitId,
        String unitName,
        @Nullable String regionCode,
        @Nullable String regionName,
        int fiscalYear,
        DisclosureKind kind,
        DisclosureStatus status,
        int revision,
        @Nullable Instant publishedAt) {}
