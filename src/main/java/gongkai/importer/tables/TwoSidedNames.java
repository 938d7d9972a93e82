package gongkai.importer.tables;

import static gongkai.disclosure.SummaryRows.CARRY_IN;
import static gongkai.disclosure.SummaryRows.CARRY_OUT;
import static gongkai.disclosure.SummaryRows.DISTRIBUTION;
import static gongkai.disclosure.SummaryRows.EXPENSE_TOTAL;
import static gongkai.disclosure.SummaryRows.GRAND_TOTAL;
import static gongkai.disclosure.SummaryRows.INCOME_TOTAL;
import static gongkai.disclosure.SummaryRows.NON_FISCAL_BALANCE;

import gongkai.disclosure.LineItem;
import gongkai.importer.text.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Canonical names of the non-类 lines of 公开01 / 公开04, so the same line compares across units. */
public final class TwoSidedNames {

    /**
     * The eight income lines of 公开01 (and the three fiscal ones of 公开04), canonical name by
     * pattern.
     */
    public static final Map<Pattern, String> INCOME_LINES = new LinkedHashMap<>();

    static {
        INCOME_LINES.put(Pattern.compile("^一般公共预算(财政)?拨款(收入)?$|^一般公共预算收入$"), "一般公共预算财政拨款收入");
        INCOME_LINES.put(Pattern.compile("^政府性基金预算(财政)?拨款(收入)?$|^政府性基金预算收入$"), "政府性基金预算财政拨款收入");
        INCOME_LINES.put(Pattern.compile("^国有资本经营预算(财政)?拨款(收入)?$|^国有资本经营预算收入$"), "国有资本经营预算财政拨款收入");
        INCOME_LINES.put(Pattern.compile("^上级补助收入$"), "上级补助收入");
        INCOME_LINES.put(Pattern.compile("^事业收入$"), "事业收入");
        INCOME_LINES.put(Pattern.compile("^经营收入$"), "经营收入");
        INCOME_LINES.put(Pattern.compile("^附属单位上缴收入$"), "附属单位上缴收入");
        INCOME_LINES.put(Pattern.compile("^其他收入$"), "其他收入");
    }

    private TwoSidedNames() {}

    /**
     * The canonical name of a line, or null when it is no summary/income line (then it may be a 类).
     * After 年初结转和结余, 公开04 breaks the carry-over down by fund; those lines are named as such.
     */
    static String canonical(String name, LineItem.Side side, boolean afterCarryIn) {
        String n = Texts.compact(name);
        if (n.matches("本年收入合计|收入合计|本年收入小计")) {
            return INCOME_TOTAL;
        }
        if (n.matches("本年支出合计|支出合计|本年支出小计")) {
            return EXPENSE_TOTAL;
        }
        if (n.matches("总计|收入总计|支出总计|合计")) {
            return GRAND_TOTAL;
        }
        if (n.matches("使用非财政拨款结余([（(]?[和含]专用结余[）)]?)?|用事业基金弥补收支差额")) {
            return NON_FISCAL_BALANCE;
        }
        if (n.matches("年初(财政拨款)?结转和结余|上年结转(和结余)?|年初结转")) {
            return CARRY_IN;
        }
        if (n.matches("年末(财政拨款)?结转和结余|年末结转")) {
            return CARRY_OUT;
        }
        if (n.matches("结余分配")) {
            return DISTRIBUTION;
        }
        if (side == LineItem.Side.INCOME) {
            for (Map.Entry<Pattern, String> e : INCOME_LINES.entrySet()) {
                if (e.getKey().matcher(n).matches()) {
                    // 公开04 lists the carry-over by fund below 年初财政拨款结转和结余, with the same names
                    return afterCarryIn
                            ? CARRY_IN + "·" + e.getValue().replace("收入", "")
                            : e.getValue();
                }
            }
        }
        return null;
    }
}
