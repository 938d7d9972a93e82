package gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Job: the money block of a self-evaluation table, its column header (年初预算, 全年预算, 执行数 …) and its 资金
 * rows.
 */
final class PerformanceMoney {

    enum MoneyColumn {
        INITIAL,
        ANNUAL,
        EXECUTED,
        WEIGHT,
        RATE,
        SCORE
    }

    /** The usual order of the money columns, used when the header row is missing. */
    private static final List<MoneyColumn> DEFAULT_MONEY_COLUMNS = List.of(MoneyColumn.values());

    private final ImportReport.Builder report;
    private List<MoneyColumn> moneyColumns = DEFAULT_MONEY_COLUMNS;

    final BigDecimal[] total = new BigDecimal[MoneyColumn.values().length];
    final BigDecimal[] fiscal = new BigDecimal[MoneyColumn.values().length];
    final BigDecimal[] carryover = new BigDecimal[MoneyColumn.values().length];
    final BigDecimal[] other = new BigDecimal[MoneyColumn.values().length];

    PerformanceMoney(ImportReport.Builder report) {
        this.report = report;
    }

    boolean readMoneyHeader(List<String> cells) {
        List<MoneyColumn> order = new ArrayList<>();
        for (String cell : cells) {
            MoneyColumn c = moneyColumn(PerformanceTable.label(cell));
            if (c != null && !order.contains(c)) {
                order.add(c);
            }
        }
        boolean header =
                order.contains(MoneyColumn.ANNUAL)
                        || order.contains(MoneyColumn.EXECUTED)
                        || order.contains(MoneyColumn.INITIAL);
        if (header) {
            moneyColumns = order;
        }
        return header;
    }

    private static MoneyColumn moneyColumn(String label) {
        if (label.startsWith("年初预算")) return MoneyColumn.INITIAL;
        if (label.startsWith("全年预算")) return MoneyColumn.ANNUAL;
        if (label.contains("执行数")) return MoneyColumn.EXECUTED;
        if (label.startsWith("执行率")) return MoneyColumn.RATE;
        if (label.startsWith("分值")) return MoneyColumn.WEIGHT;
        if (label.startsWith("得分")) return MoneyColumn.SCORE;
        return null;
    }

    /** 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金, the values following the label in header order. */
    boolean readMoneyRow(List<String> cells, int lineNo) {
        for (int i = 0; i < cells.size(); i++) {
            String key = moneyRowKey(PerformanceTable.label(cells.get(i)));
            if (key == null) {
                continue;
            }
            BigDecimal[] target =
                    switch (key) {
                        case "total" -> total;
                        case "fiscal" -> fiscal;
                        case "carryover" -> carryover;
                        case "other" -> other;
                        default -> null;
                    };
            if (target == null) {
                report.warn(lineNo, "绩效自评表中的“" + cells.get(i) + "”资金行无对应字段，未保存");
                return true;
            }
            List<String> values = cells.subList(i + 1, cells.size());
            for (int v = 0; v < values.size() && v < moneyColumns.size(); v++) {
                target[moneyColumns.get(v).ordinal()] =
                        PerformanceTable.number(report, values.get(v), lineNo, cells.get(i));
            }
            return true;
        }
        return false;
    }

    private static String moneyRowKey(String label) {
        String l =
                label.replaceAll("[（(](?:万元|元)[)）]", "")
                        .replaceFirst("^其中[:：]?", "")
                        .replaceFirst("资金$", "");
        return switch (l) {
            case "年度资金总额", "资金总额", "年度资金总额合计" -> "total";
            case "财政拨款", "当年财政拨款", "本年财政拨款", "一般公共预算", "一般公共预算拨款" -> "fiscal";
            case "上年结转", "上年结转结余", "结转结余" -> "carryover";
            case "其他", "其他资金来源" -> "other";
            case "基本支出", "项目支出" -> "unsupported";
            default -> null;
        };
    }
}
