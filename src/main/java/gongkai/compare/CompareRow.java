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
 * @param budget the 年初预算 the document states beside {@code actual} (the narrative's per-项
 *     paragraph, or the 三公 table's 预算数), in 元; null when it states none
 * @param actual the outcome stated with that budget (支出决算 / 决算数), in 元; it may differ from {@code
 *     amount}, which comes from the first table that lists the code
 * @param executionRate actual ÷ budget in percent (2 decimals); null without a budget or with a
 *     budget of zero (spending that was not budgeted at the start of the year has no rate)
 * @param executionSource where {@code budget} and {@code actual} are stated: TABLE (the 三公 table's
 *     预算数 and 决算数) or NARRATIVE (the 情况说明's own sentence, per 项 or for a 三公 item that no readable
 *     table gives); null without a pair
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
        boolean summed,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal actual,
        @Nullable BigDecimal executionRate,
        @Nullable String executionSource) {

    String regionPathText() {
        return String.join(" / ", regionPath);
    }
}
