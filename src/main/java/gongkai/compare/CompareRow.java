package gongkai.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One published disclosure's amount for the compared code. Amounts are exact, in 元, like {@code
 * /api/disclosures/{id}}; {@code share} is the percentage of the unit's 本年支出合计 (2 decimals), null
 * when the disclosure does not state that total in its tables.
 *
 * @param source the table kind the amount was read from (G03, G05, G01, PROSE, G06, G09 …)
 * @param summed true when the table lists only lower levels and the amount is their sum (e.g. a 款
 *     summed from its 项 rows)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CompareRow(
        long disclosureId,
        long unitId,
        String unitName,
        @Nullable String unitKind,
        String regionCode,
        List<String> regionPath,
        String unitLevel,
        int year,
        BigDecimal amount,
        @Nullable BigDecimal share,
        @Nullable BigDecimal expenseTotal,
        String source,
        String sourceLabel,
        boolean summed) {

    String regionPathText() {
        return String.join(" / ", regionPath);
    }
}
