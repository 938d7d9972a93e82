package gongkai.importer.tables;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table row while it is being assembled: amounts are kept as the raw cell text until the table is
 * complete, because a later line may still carry the rest of a wrapped name or a split number.
 */
final class RowBuilder {
    final LineItem.RowKind kind;
    final LineItem.Side side;
    final String code;
    String name;
    Integer lineNo;
    final int line; // 1-based
    final Map<String, String> raw = new LinkedHashMap<>();

    RowBuilder(LineItem.RowKind kind, LineItem.Side side, String code, String name, int line) {
        this.kind = kind;
        this.side = side;
        this.code = code;
        this.name = name;
        this.line = line;
    }

    void put(String key, String cell) {
        if (!Amounts.isEmptyMark(cell)) {
            raw.put(key, Texts.strip(cell));
        }
    }

    /** Appends a fragment found on a continuation line to the named column's text. */
    void append(String key, String fragment) {
        raw.merge(key, Texts.strip(fragment), (a, b) -> a + " " + b);
    }

    DisclosureContent.Row build(MoneyUnit unit, ImportReport.Builder report) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        String label = code != null ? code : name;
        raw.forEach(
                (key, text) -> {
                    Amounts.Amount a = Amounts.parse(text);
                    if (a == null) {
                        report.warn(line, "「" + label + "」的金额「" + text + "」无法识别为数字，已忽略");
                        return;
                    }
                    if (a.repaired()) {
                        report.warn(
                                line,
                                "「"
                                        + label
                                        + "」的金额「"
                                        + text
                                        + "」被拆开，已合并为 "
                                        + a.value().toPlainString()
                                        + "，请核对");
                    } else if (a.suspicious()) {
                        report.warn(
                                line,
                                "「"
                                        + label
                                        + "」的金额「"
                                        + text
                                        + "」格式异常（可能不完整），按 "
                                        + a.value().toPlainString()
                                        + " 读取，请核对");
                    }
                    amounts.put(key, unit.toYuan(a.value()));
                });
        return new DisclosureContent.Row(kind, side, code, name, lineNo, amounts, line);
    }
}
