package gongkai.bench;

import static gongkai.bench.Rows.amounts;
import static gongkai.bench.Rows.named;
import static gongkai.bench.Rows.sumByCode;
import static gongkai.bench.Rows.table;
import static gongkai.bench.Rows.yuan;

import gongkai.bench.DisclosureBuilder.Item;
import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem.RowKind;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The ten tables of one generated disclosure, built from its functional items so that every
 * consistency rule holds by construction: 公开02/03/05 agree with 公开01/04, 公开05 基本支出 equals 公开06 人员经费
 * + 公用经费, 公开09's 公务接待费 / 运行维护费 equal the 30217 / 30231 lines of 公开06, and 公开10 机关运行经费 equals 公开06
 * 公用经费合计.
 */
final class AccountTables {

    private static final List<String> PERSONNEL_301 =
            List.of(
                    "30101", "30102", "30103", "30107", "30108", "30109", "30110", "30112", "30113",
                    "30199");
    private static final List<String> PERSONNEL_303 = List.of("30302", "30305", "30307");
    private static final List<String> PUBLIC_302 =
            List.of(
                    "30201", "30205", "30206", "30207", "30211", "30213", "30215", "30216", "30217",
                    "30226", "30228", "30229", "30231", "30239", "30299");

    private final Draw d;
    private final SplittableRandom r;
    private final CodeList codes;
    private final List<CodeList.Code> classes;

    AccountTables(Draw d) {
        this.d = d;
        this.r = d.r;
        this.codes = d.codes;
        this.classes = d.classes;
    }

    private long round(long cents) {
        return d.round(cents);
    }

    private long round0(long cents) {
        return d.round0(cents);
    }

    TableView g01(List<Item> items, long fiscal, long other, long expense, long carry) {
        List<RowView> rows = new ArrayList<>();
        int line = 1;
        for (String name : SummaryRows.INCOME_LINES) {
            long v = name.equals("一般公共预算财政拨款收入") ? fiscal : name.equals("其他收入") ? other : 0;
            rows.add(named(name, name, Side.INCOME, line++, amounts("amount", v)));
        }
        long income = fiscal + other;
        rows.add(
                named(
                        SummaryRows.INCOME_TOTAL,
                        SummaryRows.INCOME_TOTAL,
                        Side.INCOME,
                        line++,
                        amounts("amount", income)));
        rows.add(
                named(
                        SummaryRows.NON_FISCAL_BALANCE,
                        SummaryRows.NON_FISCAL_BALANCE,
                        Side.INCOME,
                        line++,
                        amounts("amount", 0)));
        rows.add(
                named(
                        SummaryRows.CARRY_IN,
                        SummaryRows.CARRY_IN,
                        Side.INCOME,
                        line++,
                        amounts("amount", carry)));
        rows.add(
                named(
                        SummaryRows.GRAND_TOTAL,
                        SummaryRows.GRAND_TOTAL,
                        Side.INCOME,
                        line++,
                        amounts("amount", income + carry)));
        Map<String, Long> byClass = sumByCode(items, Item::code, 3, Item::total);
        for (CodeList.Code c : classes) {
            rows.add(
                    new RowView(
                            c.code(),
                            c.name(),
                            RowKind.FUNCTIONAL,
                            Side.EXPENSE,
                            1,
                            line++,
                            amounts("amount", byClass.getOrDefault(c.code(), 0L))));
        }
        rows.add(
                named(
                        SummaryRows.EXPENSE_TOTAL,
                        SummaryRows.EXPENSE_TOTAL,
                        Side.EXPENSE,
                        line++,
                        amounts("amount", expense)));
        rows.add(
                named(
                        SummaryRows.DISTRIBUTION,
                        SummaryRows.DISTRIBUTION,
                        Side.EXPENSE,
                        line++,
                        amounts("amount", 0)));
        rows.add(
                named(
                        SummaryRows.CARRY_OUT,
                        SummaryRows.CARRY_OUT,
                        Side.EXPENSE,
                        line++,
                        amounts("amount", income + carry - expense)));
        rows.add(
                named(
                        SummaryRows.GRAND_TOTAL,
                        SummaryRows.GRAND_TOTAL,
                        Side.EXPENSE,
                        line,
                        amounts("amount", income + carry)));
        return table(StandardTable.G01, rows, null);
    }

    TableView g04(List<Item> items, long fiscal) {
        List<RowView> rows = new ArrayList<>();
        int line = 1;
        rows.add(
                named(
                        "一般公共预算财政拨款收入",
                        "一般公共预算财政拨款",
                        Side.INCOME,
                        line++,
                        amounts("amount", fiscal)));
        rows.add(named("政府性基金预算财政拨款收入", "政府性基金预算财政拨款", Side.INCOME, line++, amounts("amount", 0)));
        rows.add(
                named("国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款", Side.INCOME, line++, amounts("amount", 0)));
        rows.add(
                named(
                        SummaryRows.INCOME_TOTAL,
                        SummaryRows.INCOME_TOTAL,
                        Side.INCOME,
                        line++,
                        amounts("amount", fiscal)));
        rows.add(
                named(
                        SummaryRows.CARRY_IN,
                        "年初财政拨款结转和结余",
                        Side.INCOME,
                        line++,
                        amounts("amount", 0)));
        rows.add(
                named(
                        SummaryRows.GRAND_TOTAL,
                        SummaryRows.GRAND_TOTAL,
                        Side.INCOME,
                        line++,
                        amounts("amount", fiscal)));
        Map<String, Long> byClass = sumByCode(items, Item::code, 3, Item::fiscal);
        for (CodeList.Code c : classes) {
            long v = byClass.getOrDefault(c.code(), 0L);
            rows.add(
                    new RowView(
                            c.code(),
                            c.name(),
                            RowKind.FUNCTIONAL,
                            Side.EXPENSE,
                            1,
                            line++,
                            amounts("total", v, "general", v, "fund", 0, "capital", 0)));
        }
        rows.add(
                named(
                        SummaryRows.EXPENSE_TOTAL,
                        SummaryRows.EXPENSE_TOTAL,
                        Side.EXPENSE,
                        line++,
                        amounts("total", fiscal, "general", fiscal, "fund", 0, "capital", 0)));
        rows.add(
                named(
                        SummaryRows.CARRY_OUT,
                        "年末财政拨款结转和结余",
                        Side.EXPENSE,
                        line++,
                        amounts("total", 0, "general", 0, "fund", 0, "capital", 0)));
        rows.add(
                named(
                        SummaryRows.GRAND_TOTAL,
                        SummaryRows.GRAND_TOTAL,
                        Side.EXPENSE,
                        line,
                        amounts("total", fiscal, "general", fiscal, "fund", 0, "capital", 0)));
        return table(StandardTable.G04, rows, null);
    }

    /** 02/03/05: 合计, then every 类, 款 and 项 in code order with the level sums. */
    TableView codeTable(
            StandardTable kind,
            List<Item> items,
            java.util.function.Function<Item, Map<String, Long>> columns) {
        Map<String, Map<String, Long>> byCode = new TreeMap<>();
        Map<String, Long> total = new LinkedHashMap<>();
        for (Item i : items) {
            Map<String, Long> a = columns.apply(i);
            for (String code :
                    List.of(i.code().substring(0, 3), i.code().substring(0, 5), i.code())) {
                Map<String, Long> sums = byCode.computeIfAbsent(code, k -> new LinkedHashMap<>());
                a.forEach((k, v) -> sums.merge(k, v, Long::sum));
            }
            a.forEach((k, v) -> total.merge(k, v, Long::sum));
        }
        List<RowView> rows = new ArrayList<>();
        rows.add(new RowView("合计", "合计", RowKind.NAMED, null, null, null, yuan(total)));
        for (Map.Entry<String, Map<String, Long>> e : byCode.entrySet()) {
            String code = e.getKey();
            String name = codes.functional(code).map(CodeList.Code::name).orElse(code);
            rows.add(
                    new RowView(
                            code,
                            name,
                            RowKind.FUNCTIONAL,
                            null,
                            code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3,
                            null,
                            yuan(e.getValue())));
        }
        return table(kind, rows, null);
    }

    record Economic(TableView table, Map<String, Long> amounts, long personnel, long publicCosts) {}

    /** 公开06: the fiscal basic spending split over economic codes; 人员经费 = 301 + 303, 公用经费 = 302. */
    Economic economic(long basic) {
        long personnel = round((long) (basic * (0.78 + r.nextDouble() * 0.1)));
        long p303 = round(personnel / 30);
        long p301 = personnel - p303;
        long publicCosts = basic - personnel;
        Map<String, Long> amounts = new LinkedHashMap<>();
        amounts.put("301", p301);
        split(p301, PERSONNEL_301, amounts);
        amounts.put("302", publicCosts);
        split(publicCosts, PUBLIC_302, amounts);
        amounts.put("303", p303);
        split(p303, PERSONNEL_303, amounts);
        List<RowView> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : amounts.entrySet()) {
            String code = e.getKey();
            rows.add(
                    new RowView(
                            code,
                            codes.economic(code).map(CodeList.Code::name).orElse(code),
                            RowKind.ECONOMIC,
                            null,
                            code.length() == 3 ? 1 : 2,
                            null,
                            amounts("amount", e.getValue())));
        }
        rows.add(named("人员经费合计", "人员经费合计", null, null, amounts("amount", personnel)));
        rows.add(named("公用经费合计", "公用经费合计", null, null, amounts("amount", publicCosts)));
        return new Economic(table(StandardTable.G06, rows, null), amounts, personnel, publicCosts);
    }

    /**
     * Splits an amount over codes with random weights; the last code takes the remainder, so the
     * sum is exact.
     */
    private void split(long amount, List<String> codeList, Map<String, Long> into) {
        double[] w = new double[codeList.size()];
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            w[k] = r.nextDouble() < 0.25 ? 0 : 0.2 + r.nextDouble();
            sum += w[k];
        }
        long left = amount;
        for (int k = 0; k < w.length; k++) {
            long v =
                    k == w.length - 1
                            ? left
                            : Math.min(left, round0((long) (amount * (w[k] / sum))));
            into.put(codeList.get(k), v);
            left -= v;
        }
    }

    record ThreePublic(
            TableView table,
            long reception,
            long operation,
            long purchase,
            long budgetTotal,
            long budgetReception,
            long actualTotal,
            int vehicles) {}

    ThreePublic threePublic(Economic eco) {
        long reception = eco.amounts().getOrDefault("30217", 0L);
        long operation = eco.amounts().getOrDefault("30231", 0L);
        long purchase = 0;
        long abroad = 0;
        long actual = abroad + purchase + operation + reception;
        long bReception = reception + round0(reception / 10);
        long bOperation = operation + round0(operation / 20);
        long budget = bReception + bOperation;
        Map<String, Long> a = new LinkedHashMap<>();
        a.put("budget_total", budget);
        a.put("budget_abroad", 0L);
        a.put("budget_vehicle", bOperation);
        a.put("budget_vehicle_purchase", 0L);
        a.put("budget_vehicle_operation", bOperation);
        a.put("budget_reception", bReception);
        a.put("actual_total", actual);
        a.put("actual_abroad", abroad);
        a.put("actual_vehicle", purchase + operation);
        a.put("actual_vehicle_purchase", purchase);
        a.put("actual_vehicle_operation", operation);
        a.put("actual_reception", reception);
        TableView t =
                table(
                        StandardTable.G09,
                        List.of(
                                new RowView(
                                        "三公经费合计",
                                        "“三公”经费合计",
                                        RowKind.NAMED,
                                        null,
                                        null,
                                        null,
                                        yuan(a))),
                        null);
        return new ThreePublic(
                t,
                reception,
                operation,
                purchase,
                budget,
                bReception,
                actual,
                operation > 0 ? 1 + r.nextInt(4) : 0);
    }

    TableView g10(Economic eco, ThreePublic three) {
        long goods = round0(eco.publicCosts() / 5);
        long services = round0(eco.publicCosts() / 7);
        List<RowView> rows = new ArrayList<>();
        int line = 1;
        rows.add(named("机关运行经费", "机关运行经费", null, line++, amounts("amount", eco.publicCosts())));
        rows.add(named("政府采购支出总额", "政府采购支出总额", null, line++, amounts("amount", goods + services)));
        rows.add(named("政府采购货物支出", "政府采购货物支出", null, line++, amounts("amount", goods)));
        rows.add(named("政府采购工程支出", "政府采购工程支出", null, line++, amounts("amount", 0)));
        rows.add(named("政府采购服务支出", "政府采购服务支出", null, line++, amounts("amount", services)));
        rows.add(named("授予中小企业合同金额", "授予中小企业合同金额", null, line++, amounts("amount", goods)));
        rows.add(
                new RowView(
                        "车辆数",
                        "车辆数（辆）",
                        RowKind.NAMED,
                        null,
                        null,
                        line++,
                        Map.of("amount", BigDecimal.valueOf(three.vehicles()).setScale(2))));
        rows.add(
                new RowView(
                        "一般公务用车",
                        "其中：一般公务用车（辆）",
                        RowKind.NAMED,
                        null,
                        null,
                        line,
                        Map.of("amount", BigDecimal.valueOf(three.vehicles()).setScale(2))));
        return table(StandardTable.G10, rows, null);
    }
}
