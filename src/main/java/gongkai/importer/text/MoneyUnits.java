package gongkai.importer.text;

import gongkai.disclosure.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the money unit of a table that does not state one. In order of trust: the unit the
 * document's other tables state; the narrative, which gives totals in 万元 ("收、支总计1374.29万元"): a
 * table total equal to such a figure times 10 000 is in 元, equal to the figure itself in 万元;
 * finally magnitude (a justice unit's totals in 万元 stay far below 100 000).
 */
public final class MoneyUnits {

    // A figure starts only where no digit precedes it and its quantifiers are possessive, so a
    // hostile line such as "1,1,1,…" costs linear time instead of quadratic backtracking.
    private static final Pattern WAN_FIGURE =
            Pattern.compile("(?<![\\d,.])(\\d[\\d,]*+(?:\\.\\d++)?)\\s*+万元");
    private static final Pattern YUAN_FIGURE =
            Pattern.compile("(?<![\\d,.])(\\d[\\d,]*+(?:\\.\\d++)?)\\s*+元");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** 0.5万元: the rounding a narrative in 万元 allows against a table in 元. */
    private static final BigDecimal HALF_WAN = BigDecimal.valueOf(5_000);

    private MoneyUnits() {}

    /** The figures the narrative states in 万元. */
    public static List<BigDecimal> narrativeWan(List<String> lines) {
        List<BigDecimal> figures = new ArrayList<>();
        for (String line : lines) {
            if (line.indexOf('\t') >= 0 || !line.contains("万元")) {
                continue;
            }
            Matcher m = WAN_FIGURE.matcher(line);
            while (m.find()) {
                try {
                    figures.add(new BigDecimal(m.group(1).replace(",", "")));
                } catch (NumberFormatException ignored) {
                    // not a figure after all
                }
            }
        }
        return figures;
    }

    /**
     * The unit the narrative writes amounts in (万元 unless 元 figures dominate); null without
     * figures.
     */
    public static MoneyUnit narrativeUnit(List<String> lines) {
        int wan = 0;
        int yuan = 0;
        for (String line : lines) {
            if (line.indexOf('\t') >= 0) {
                continue;
            }
            Matcher w = WAN_FIGURE.matcher(line);
            while (w.find()) {
                wan++;
            }
            Matcher y = YUAN_FIGURE.matcher(line);
            while (y.find()) {
                yuan++;
            }
        }
        // The 元 pattern never matches a 万元 figure (万 stands between the digits and 元), so the
        // two counts are disjoint and compare as they are.
        if (wan == 0 && yuan <= 0) {
            return null;
        }
        return wan >= yuan ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }

    /** How a table's unit was decided, for the report. */
    public record Decision(MoneyUnit unit, String reason) {}

    public static Decision infer(
            List<BigDecimal> tableAmounts,
            Map<MoneyUnit, Integer> statedElsewhere,
            List<BigDecimal> narrativeWan) {
        if (!statedElsewhere.isEmpty()) {
            MoneyUnit best =
                    statedElsewhere.entrySet().stream()
                            .max(Map.Entry.comparingByValue())
                            .get()
                            .getKey();
            return new Decision(best, "按本文件其他表格注明的单位");
        }
        BigDecimal max =
                tableAmounts.stream()
                        .map(BigDecimal::abs)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
        if (max.signum() > 0) {
            for (BigDecimal f : narrativeWan) {
                if (f.signum() > 0
                        && f.multiply(TEN_THOUSAND).subtract(max).abs().compareTo(HALF_WAN) <= 0
                        && f.compareTo(BigDecimal.ONE) >= 0) {
                    return new Decision(
                            MoneyUnit.YUAN,
                            "表中最大数 "
                                    + max.toPlainString()
                                    + " 与正文中的 "
                                    + f.toPlainString()
                                    + "万元 相符");
                }
            }
            for (BigDecimal f : narrativeWan) {
                if (f.subtract(max).abs().compareTo(new BigDecimal("0.01")) <= 0) {
                    return new Decision(
                            MoneyUnit.WAN_YUAN,
                            "表中最大数 "
                                    + max.toPlainString()
                                    + " 与正文中的 "
                                    + f.toPlainString()
                                    + "万元 相符");
                }
            }
        }
        MoneyUnit byMagnitude =
                max.compareTo(BigDecimal.valueOf(100_000)) >= 0
                        ? MoneyUnit.YUAN
                        : MoneyUnit.WAN_YUAN;
        return new Decision(byMagnitude, "按数额大小推断");
    }

    public static Map<MoneyUnit, Integer> count(List<MoneyUnit> units) {
        Map<MoneyUnit, Integer> counts = new EnumMap<>(MoneyUnit.class);
        units.forEach(
                u -> {
                    if (u != null) {
                        counts.merge(u, 1, Integer::sum);
                    }
                });
        return counts;
    }
}
