package gongkai.importer.performance;

import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Texts;
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

    /** Whether a label starts a money row or the money header (年初预算数, 全年预算数, 执行数). */
    static boolean startsRow(String label) {
        MoneyColumn c = moneyColumn(label);
        return moneyRowKey(label) != null
                || c == MoneyColumn.INITIAL
                || c == MoneyColumn.ANNUAL
                || c == MoneyColumn.EXECUTED;
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

    /**
     * Text beside the money rows that has no field of its own (按支出性质分：基本支出 7,671,259.06), kept as
     * "label value" lines.
     */
    final List<String> notes = new ArrayList<>();

    /**
     * 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金, the values following the label in header order. The values
     * stop at the next label: templates put a second block beside the first (按收入性质分 | 按支出性质分),
     * whose figures belong to that label, not to the columns of the first.
     */
    boolean readMoneyRow(List<String> cells, int lineNo) {
        for (int i = 0; i < cells.size(); i++) {
            String key = moneyRowKey(PerformanceTable.label(cells.get(i)));
            if (key == null) {
                continue;
            }
            int next = nextLabel(cells, i + 1);
            keepAsNotes(cells.subList(next, cells.size()));
            BigDecimal[] target =
                    switch (key) {
                        case "total" -> total;
                        case "fiscal" -> fiscal;
                        case "carryover" -> carryover;
                        case "other" -> other;
                        default -> null;
                    };
            if (target == null) {
                keepAsNotes(cells.subList(i, next));
                return true;
            }
            List<String> values = cells.subList(i + 1, next);
            for (int v = 0; v < values.size() && v < moneyColumns.size(); v++) {
                target[moneyColumns.get(v).ordinal()] =
                        PerformanceTable.number(report, values.get(v), lineNo, cells.get(i));
            }
            return true;
        }
        return false;
    }

    /**
     * The index of the first cell from {@code from} on that is a label: words, not a figure or a
     * dash (a garbled figure such as "892.7x" stays a value, to be reported).
     */
    private static int nextLabel(List<String> cells, int from) {
        for (int j = from; j < cells.size(); j++) {
            String c = cells.get(j);
            if (Texts.hasHan(c) && !PerformanceNumbers.parse(c).ok()) {
                return j;
            }
        }
        return cells.size();
    }

    /** Label and value cells as one line of text, e.g. "其中：基本支出 7,671,259.06". */
    private void keepAsNotes(List<String> cells) {
        String text =
                String.join(
                        " ", cells.stream().filter(c -> !c.isBlank()).map(String::strip).toList());
        if (!text.isEmpty()) {
            notes.add(text);
        }
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
