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

    /** A target table has one money column, the budget year's funds (年度资金总额 …). */
    private static final List<MoneyColumn> TARGET_MONEY_COLUMNS = List.of(MoneyColumn.ANNUAL);

    private final ImportReport.Builder report;

    /** The table's name in messages. */
    private final String noun;

    private List<MoneyColumn> moneyColumns;

    /** The money rows a header names side by side (年度资金总额 | 财政拨款 | 其他资金), until their values. */
    private List<String> keysAbove;

    final BigDecimal[] total = new BigDecimal[MoneyColumn.values().length];
    final BigDecimal[] fiscal = new BigDecimal[MoneyColumn.values().length];
    final BigDecimal[] carryover = new BigDecimal[MoneyColumn.values().length];
    final BigDecimal[] other = new BigDecimal[MoneyColumn.values().length];

    PerformanceMoney(ImportReport.Builder report) {
        this(report, false);
    }

    PerformanceMoney(ImportReport.Builder report, boolean target) {
        this.report = report;
        this.moneyColumns = target ? TARGET_MONEY_COLUMNS : DEFAULT_MONEY_COLUMNS;
        this.noun = target ? "绩效目标表" : "绩效自评表";
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
        if (readKeysAcross(cells, lineNo)) {
            return true;
        }
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
                        PerformanceTable.number(report, noun, values.get(v), lineNo, cells.get(i));
            }
            return true;
        }
        return false;
    }

    /**
     * The money rows printed across (a target table's 资金情况 | 年度资金总额 | 财政拨款 | 其他资金, its figures in
     * the row below): the header row is remembered, and the next row of figures gives each its
     * value, in the first money column.
     */
    private boolean readKeysAcross(List<String> cells, int lineNo) {
        List<String> keys = new ArrayList<>();
        boolean figures = false;
        boolean words = false;
        for (String cell : cells) {
            String key = moneyRowKey(PerformanceTable.label(cell));
            if (key != null && !key.equals("unsupported")) {
                keys.add(key);
            } else if (!cell.isBlank() && PerformanceNumbers.parse(cell).value() != null) {
                figures = true;
            } else if (!cell.isBlank() && key == null && Texts.hasHan(cell)) {
                words = true;
            }
        }
        if (keys.size() >= 2 && !figures) {
            keysAbove = keys;
            return true;
        }
        if (keysAbove == null || !figures || words || !keys.isEmpty()) {
            keysAbove = null;
            return false;
        }
        int k = 0;
        for (String cell : cells) {
            if (cell.isBlank() || k >= keysAbove.size()) {
                continue;
            }
            target(keysAbove.get(k++))[moneyColumns.get(0).ordinal()] =
                    PerformanceTable.number(report, noun, cell, lineNo, "资金");
        }
        keysAbove = null;
        return true;
    }

    private BigDecimal[] target(String key) {
        return switch (key) {
            case "total" -> total;
            case "fiscal" -> fiscal;
            case "carryover" -> carryover;
            default -> other;
        };
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
