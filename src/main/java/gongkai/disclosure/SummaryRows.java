package gongkai.disclosure;

import java.util.List;

/**
 * Canonical names of the named (non-code) rows of 公开01 / 公开04, so that the same line is stored,
 * checked and compared under one name whatever wording a document used.
 */
public final class SummaryRows {

    public static final String INCOME_TOTAL = "本年收入合计";
    public static final String EXPENSE_TOTAL = "本年支出合计";
    public static final String GRAND_TOTAL = "总计";
    public static final String NON_FISCAL_BALANCE = "使用非财政拨款结余和专用结余";
    public static final String CARRY_IN = "年初结转和结余";
    public static final String DISTRIBUTION = "结余分配";
    public static final String CARRY_OUT = "年末结转和结余";

    /** The income lines 1–8 of 公开01, in order; 公开04 has the first three. */
    public static final List<String> INCOME_LINES =
            List.of(
                    "一般公共预算财政拨款收入",
                    "政府性基金预算财政拨款收入",
                    "国有资本经营预算财政拨款收入",
                    "上级补助收入",
                    "事业收入",
                    "经营收入",
                    "附属单位上缴收入",
                    "其他收入");

    private SummaryRows() {}
}
