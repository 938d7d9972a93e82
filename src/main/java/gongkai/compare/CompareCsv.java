package gongkai.compare;

import gongkai.disclosure.StatedIn;
import gongkai.disclosure.export.CsvCells;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The comparison as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese
 * correctly), CRLF line ends, RFC 4180 quoting. Text cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) get a leading apostrophe; amounts are written by us as
 * plain decimals in 元 and stay numbers.
 */
final class CompareCsv {

    static final String HEADER =
            "单位,地区,地区代码,单位层级,年度,科目,科目名称,金额（元）,占本年支出合计（%）,本年支出合计（元）,数据来源,决算编号,链接,年初预算（元）,预算对应决算（元）,预算执行率（%）,预算与决算数来源";

    private CompareCsv() {}

    static byte[] write(CompareCode code, List<CompareRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (CompareRow r : rows) {
            out.append(text(r.unitName()))
                    .append(',')
                    .append(text(r.regionPathText()))
                    .append(',')
                    .append(text(r.regionCode()))
                    .append(',')
                    .append(text(r.unitLevel()))
                    .append(',')
                    .append(r.year())
                    .append(',')
                    .append(text(code.code()))
                    .append(',')
                    .append(text(code.name()))
                    .append(',')
                    .append(number(r.amount()))
                    .append(',')
                    .append(number(r.share()))
                    .append(',')
                    .append(number(r.expenseTotal()))
                    .append(',')
                    .append(text(r.sourceLabel() + (r.summed() ? "（由下级科目合计）" : "")))
                    .append(',')
                    .append(r.disclosureId())
                    .append(',')
                    .append(text("/disclosures/" + r.disclosureId()))
                    .append(',')
                    .append(number(r.budget()))
                    .append(',')
                    .append(number(r.actual()))
                    .append(',')
                    .append(number(r.executionRate()))
                    .append(',')
                    .append(text(StatedIn.label(r.executionSource())))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String number(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /** A text cell: neutralised if it could start a formula, quoted if it holds a separator. */
    static String text(String v) {
        if (v == null) {
            return "";
        }
        String s = CsvCells.formulaSafe(v);
        if (s.indexOf(',') >= 0
                || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0
                || !s.equals(v)) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
