package gongkai.importer.tables;

import gongkai.disclosure.LineItem;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 公开10 (相关信息统计表, or the combined 机构运行经费/国有资产/政府采购 table): label | number pairs, sometimes two pairs
 * per line. Each pair becomes a NAMED row keyed by its label without numbering.
 */
final class StatisticsTableParser {

    private static final Pattern NUMBERING =
            Pattern.compile("^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十\\d]+[）)]|^\\d{1,2}[、.．]");

    private StatisticsTableParser() {}

    static List<RowBuilder> parse(TableBlock b, ImportReport.Builder report) {
        List<RowBuilder> out = new ArrayList<>();
        for (TableBlock.GridRow row : b.rows()) {
            String pending = null;
            for (String cell : row.cells()) {
                String c = Texts.strip(cell);
                if (c.isEmpty()) {
                    continue;
                }
                if (Amounts.isNumber(c)) {
                    if (pending != null) {
                        String name = NUMBERING.matcher(Texts.compact(pending)).replaceFirst("");
                        RowBuilder rb =
                                new RowBuilder(
                                        LineItem.RowKind.NAMED,
                                        null,
                                        name,
                                        Texts.cellName(pending),
                                        row.line() + 1);
                        rb.put("amount", c);
                        out.add(rb);
                        pending = null;
                    }
                } else if (!c.matches("栏次|行次|项目|统计数|金额|数量|单位")) {
                    pending = c;
                }
            }
        }
        return out;
    }
}
