package gongkai.importer.tables;

import gongkai.disclosure.StandardTable;
import gongkai.importer.text.TableTitles;
import java.util.List;
import java.util.Map;

/**
 * The columns of a budget's 部门收入总表, known by what their headers say. The national layout prints 合计
 * | 上年结转 | 一般公共预算拨款收入 | 政府性基金预算拨款收入 | 国有资本经营预算拨款收入 | 财政专户管理资金收入 | 单位资金; older sets put 本年收入合计 first
 * and 事业收入 / 经营收入 / 其他收入 where 单位资金 stands, often under a 本年收入 group label on a second header row.
 * The final accounts' 收入决算表 has none of 上年结转, the three kinds of 拨款 or 单位资金, so a budget's table is
 * read with its own columns; the three kinds share the keys of the 财政拨款 total sheet (general, fund,
 * capital), 上年结转 that of the carried-over balance (carry_in).
 */
final class BudgetIncomeColumns {

    /** Order matters where a group label joins a part's: the parts are matched before the group. */
    private static final List<StandardTable.Column> COLUMNS =
            List.of(
                    new StandardTable.Column("total", "合计"),
                    new StandardTable.Column("carry_in", "上年结转"),
                    new StandardTable.Column("general", "一般公共预算拨款收入"),
                    new StandardTable.Column("fund", "政府性基金预算拨款收入"),
                    new StandardTable.Column("capital", "国有资本经营预算拨款收入"),
                    new StandardTable.Column("special_account", "财政专户管理资金收入"),
                    new StandardTable.Column("superior", "上级补助收入"),
                    new StandardTable.Column("business", "事业收入"),
                    new StandardTable.Column("operating", "经营收入"),
                    new StandardTable.Column("affiliated", "附属单位上缴收入"),
                    new StandardTable.Column("other", "其他收入"),
                    new StandardTable.Column("fiscal", "财政拨款收入"),
                    new StandardTable.Column("unit_funds", "单位资金"));

    private static final Map<String, List<String>> SYNONYMS =
            Map.of(
                    "total", List.of("本年收入合计", "收入总计", "总计", "本年收入"),
                    "carry_in", List.of("上年结转结余", "上年结转和结余", "年初结转和结余"),
                    "general", List.of("一般公共预算拨款", "一般公共预算财政拨款"),
                    "fund", List.of("政府性基金预算拨款", "政府性基金预算财政拨款"),
                    "capital", List.of("国有资本经营预算拨款", "国有资本经营预算财政拨款"),
                    "special_account", List.of("财政专户管理资金"),
                    "operating", List.of("事业单位经营收入"),
                    "fiscal", List.of("财政拨款"));

    private BudgetIncomeColumns() {}

    /** A 部门收入总表 under a budget's title (a final accounts' 收入决算表 keeps its own columns). */
    static boolean applies(TableBlock b) {
        return b.kind() == StandardTable.G02 && TableTitles.isBudgetTitle(b.title());
    }

    /** Column key → cell index, from the header labels of each column. */
    static Map<String, Integer> map(Map<Integer, String> labels) {
        return ColumnHeaders.map(labels, COLUMNS, 1, SYNONYMS);
    }
}
