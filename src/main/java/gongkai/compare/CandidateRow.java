package gongkai.compare;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/**
 * One stored amount of a published disclosure that may answer a comparison, with its unit and
 * place.
 */
@Introspected
record CandidateRow(
        Long disclosureId,
        Long unitId,
        String unitName,
        @Nullable String unitKind,
        String regionCode,
        Integer fiscalYear,
        String tableKind,
        String rowKind,
        @Nullable String side,
        String rowCode,
        @Nullable Integer codeLevel,
        String columnKey,
        BigDecimal amount) {}
