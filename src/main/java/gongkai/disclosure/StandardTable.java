package gongkai.disclosure;

import java.util.List;
import java.util.Optional;

/**
 * The standard tables of a final-accounts disclosure (公开01–10) plus the two kinds that real
 * documents add: the 项目支出决算明细表 some units insert, and line items stated only in prose. Documents
 * number tables differently, so a table is identified by what it is, not by its number. Column keys
 * are stable identifiers used in storage, the API and comparisons.
 *
 * <p>A table's columns can depend on the kind of disclosure: a budget's 部门收入总表 (stored as G02)
 * states 上年结转, the three kinds of 拨款收入, 财政专户管理资金收入 and 单位资金, which the final accounts' 收入决算表 does
 * not have. Every reader of a stored table (pages, grids, downloads, API, bulk data, checks) takes
 * its columns from {@link #columns(DisclosureKind)}, so none drops an amount stored under a key of
 * the other kind.
 */
public enum StandardTable {
    G01("公开01", "收入支出决算总表", List.of(new Column("amount", "金额"))),
    G02(
            "公开02",
            "收入决算表",
            List.of(
                    new Column("total", "本年收入合计"),
                    new Column("fiscal", "财政拨款收入"),
                    new Column("superior", "上级补助收入"),
                    new Column("business", "事业收入"),
                    new Column("operating", "经营收入"),
                    new Column("affiliated", "附属单位上缴收入"),
                    new Column("other", "其他收入"))),
    G03(
            "公开03",
            "支出决算表",
            List.of(
                    new Column("total", "本年支出合计"),
                    new Column("basic", "基本支出"),
                    new Column("project", "项目支出"),
                    new Column("remit", "上缴上级支出"),
                    new Column("operating", "经营支出"),
                    new Column("subsidy", "对附属单位补助支出"))),
    G04(
            "公开04",
            "财政拨款收入支出决算总表",
            List.of(
                    new Column("amount", "金额"),
                    new Column("total", "合计"),
                    new Column("general", "一般公共预算财政拨款"),
                    new Column("fund", "政府性基金预算财政拨款"),
                    new Column("capital", "国有资本经营预算财政拨款"))),
    G05(
            "公开05",
            "一般公共预算财政拨款支出决算表",
            List.of(
                    new Column("budget", "年初预算数"),
                    new Column("total", "小计"),
                    new Column("basic", "基本支出"),
                    new Column("project", "项目支出"))),
    G06("公开06", "一般公共预算财政拨款基本支出决算明细表", List.of(new Column("amount", "决算数"))),
    G07(
            "公开07",
            "政府性基金预算财政拨款收入支出决算表",
            List.of(
                    new Column("carry_in", "年初结转和结余"),
                    new Column("income", "本年收入"),
                    new Column("total", "本年支出小计"),
                    new Column("basic", "基本支出"),
                    new Column("project", "项目支出"),
                    new Column("carry_out", "年末结转和结余"))),
    G08(
            "公开08",
            "国有资本经营预算财政拨款支出决算表",
            List.of(
                    new Column("total", "合计"),
                    new Column("basic", "基本支出"),
                    new Column("project", "项目支出"))),
    G09(
            "公开09",
            "财政拨款“三公”经费支出决算表",
            List.of(
                    new Column("budget_total", "预算数·合计"),
                    new Column("budget_abroad", "预算数·因公出国（境）费"),
                    new Column("budget_vehicle", "预算数·公务用车购置及运行维护费小计"),
                    new Column("budget_vehicle_purchase", "预算数·公务用车购置费"),
                    new Column("budget_vehicle_operation", "预算数·公务用车运行维护费"),
                    new Column("budget_reception", "预算数·公务接待费"),
                    new Column("actual_total", "决算数·合计"),
                    new Column("actual_abroad", "决算数·因公出国（境）费"),
                    new Column("actual_vehicle", "决算数·公务用车购置及运行维护费小计"),
                    new Column("actual_vehicle_purchase", "决算数·公务用车购置费"),
                    new Column("actual_vehicle_operation", "决算数·公务用车运行维护费"),
                    new Column("actual_reception", "决算数·公务接待费"))),
    G10("公开10", "相关信息统计表", List.of(new Column("amount", "统计数"))),
    PROJECT_DETAIL(
            "项目明细",
            "项目支出决算明细表",
            List.of(
                    new Column("total", "合计"),
                    new Column("basic", "基本支出"),
                    new Column("project", "项目支出"))),
    /**
     * Line items that a document states only in its narrative (情况说明), e.g. per 项 budget vs actual.
     */
    PROSE(
            "情况说明",
            "情况说明中的支出项目",
            List.of(new Column("budget", "年初预算"), new Column("actual", "支出决算")));

    /**
     * The budget's 部门收入总表 (G02): the national layout (合计 | 上年结转 | 一般公共预算拨款收入 | 政府性基金预算拨款收入 |
     * 国有资本经营预算拨款收入 | 财政专户管理资金收入 | 单位资金) and the older one (本年收入合计 | 上年结转 | 财政拨款收入 | 上级补助收入 | 事业收入 |
     * 经营收入 | 附属单位上缴收入 | 其他收入) in one list; a table shows the ones it fills. 财政拨款收入 is the sum of
     * the three kinds where a document prints them apart.
     */
    private static final List<Column> BUDGET_INCOME =
            List.of(
                    new Column("total", "合计"),
                    new Column("carry_in", "上年结转"),
                    new Column("fiscal", "财政拨款收入"),
                    new Column("general", "一般公共预算拨款收入"),
                    new Column("fund", "政府性基金预算拨款收入"),
                    new Column("capital", "国有资本经营预算拨款收入"),
                    new Column("special_account", "财政专户管理资金收入"),
                    new Column("unit_funds", "单位资金"),
                    new Column("superior", "上级补助收入"),
                    new Column("business", "事业收入"),
                    new Column("operating", "经营收入"),
                    new Column("affiliated", "附属单位上缴收入"),
                    new Column("other", "其他收入"));

    /** One amount column of a table: a stable key and the label the reports print. */
    @io.micronaut.serde.annotation.Serdeable
    public record Column(String key, String label) {}

    private final String label;
    private final String title;
    private final List<Column> columns;

    StandardTable(String label, String title, List<Column> columns) {
        this.label = label;
        this.title = title;
        this.columns = columns;
    }

    /** The label citizens know, e.g. 公开01. */
    public String label() {
        return label;
    }

    public String title() {
        return title;
    }

    /**
     * The columns of the final accounts' table, which the importer matches headers against. Code
     * that shows or stores a disclosure's table uses {@link #columns(DisclosureKind)}.
     */
    public List<Column> columns() {
        return columns;
    }

    /** The columns this table has in a disclosure of {@code kind}, in the order they are shown. */
    public List<Column> columns(DisclosureKind kind) {
        return this == G02 && kind == DisclosureKind.BUDGET ? BUDGET_INCOME : columns;
    }

    /**
     * The column a key names in this table, in either kind of disclosure (a label for a finding or
     * a comparison, wherever the amount came from).
     */
    public Optional<Column> column(String key) {
        return columns.stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .or(
                        () ->
                                columns(DisclosureKind.BUDGET).stream()
                                        .filter(c -> c.key().equals(key))
                                        .findFirst());
    }
}
