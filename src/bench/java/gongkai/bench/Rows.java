package gongkai.bench;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem.RowKind;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables, rows and amounts as the generator's parts build them: 分 (exact longs) in, BigDecimal 元
 * out.
 */
final class Rows {

    private Rows() {}

    static TableView table(StandardTable kind, List<RowView> rows, String note) {
        return new TableView(kind.label(), kind, kind.title(), null, note, kind.columns(), rows);
    }

    static RowView named(
            String code, String name, Side side, Integer line, Map<String, BigDecimal> amounts) {
        return new RowView(code, name, RowKind.NAMED, side, null, line, amounts);
    }

    static <T> Map<String, Long> sumByCode(
            List<T> items,
            java.util.function.Function<T, String> code,
            int prefix,
            java.util.function.ToLongFunction<T> f) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (T i : items) {
            sums.merge(code.apply(i).substring(0, prefix), f.applyAsLong(i), Long::sum);
        }
        return sums;
    }

    /** Amounts in 分 (pairs of column key and value) as 元. */
    static Map<String, BigDecimal> amounts(Object... pairs) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            m.put((String) pairs[k], BigDecimal.valueOf(((Number) pairs[k + 1]).longValue(), 2));
        }
        return m;
    }

    static Map<String, Long> cents(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            m.put((String) pairs[k], ((Number) pairs[k + 1]).longValue());
        }
        return m;
    }

    static Map<String, BigDecimal> yuan(Map<String, Long> cents) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        cents.forEach((k, v) -> m.put(k, BigDecimal.valueOf(v, 2)));
        return m;
    }

    static BigDecimal yuan(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
