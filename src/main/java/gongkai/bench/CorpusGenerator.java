package gongkai.bench;

import gongkai.classification.CodeList;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.LineItem.RowKind;
import gongkai.disclosure.LineItem.Side;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.SummaryRows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates realistic published final-accounts disclosures for the benchmark, deterministically:
 * disclosure {@code i} depends only on the seed, the region table and {@code i}, so the same seed
 * gives the same corpus (in any database) and disclosures can be generated in any order.
 *
 * <p>Amounts are built bottom-up in 分 (exact longs) so that every consistency rule holds by
 * construction: 项 rows sum to 款 and 类, 公开02/03/05 agree with 公开01/04, 公开05 基本支出 equals
 * 公开06 人员经费 + 公用经费, 公开09's parts add up (and its 公务接待费 / 运行维护费 equal the 30217 /
 * 30231 lines of 公开06), 公开10 机关运行经费 equals 公开06 公用经费合计, and the performance projects'
 * 执行数 add up to 项目支出. The codes are the ones the sample documents use.
 */
public final class CorpusGenerator {

    /** Years each unit publishes; a corpus of N disclosures has ⌈N / YEARS⌉ units. */
    public static final int YEARS = 5;
    public static final int FIRST_YEAR = 2019;

    /** One generated disclosure; ids inside {@link #document()} are placeholders (unit index + 1, index + 1). */
    public record GeneratedDisclosure(int index, int unitIndex, UnitCatalog.UnitSpec unit, DisclosureDocument document) {
    }

    /** Basic-spending 项 every unit has, and project 项 a unit may have (all from the sample documents). */
    private static final List<String> BASIC_CODES = List.of("2040601", "2080505", "2101101", "2210201");
    private static final List<String> OPTIONAL_CODES = List.of("2040602", "2040604", "2040605", "2040607", "2040610",
            "2040699", "2019999", "2080801", "2100499", "2040299", "2101103");
    /** Project names by 项 code, in the wording real reports use. */
    private static final Map<String, List<String>> PROJECTS = Map.ofEntries(
            Map.entry("2040602", List.of("行政复议经费", "行政执法证换发经费", "依法行政工作经费")),
            Map.entry("2040604", List.of("基层司法所业务经费", "人民调解经费", "基层司法所工作人员服装项目经费")),
            Map.entry("2040605", List.of("普法专项经费", "普法宣传经费", "“八五”普法宣传经费")),
            Map.entry("2040607", List.of("公共法律服务经费", "12348公共法律服务热线平台运行服务费", "法律援助经费")),
            Map.entry("2040610", List.of("社区矫正经费", "社区矫正工作经费", "戒毒人民警察参与社区矫正工作经费")),
            Map.entry("2040699", List.of("仲裁委工作经费", "安置帮教人民调解经费", "司法督查、培训及鉴定经费")),
            Map.entry("2019999", List.of("依法治县工作经费", "法治政府建设经费", "政府法律顾问经费")),
            Map.entry("2080801", List.of("死亡抚恤经费")),
            Map.entry("2100499", List.of("公共卫生专项经费")),
            Map.entry("2040299", List.of("禁毒工作经费", "司法系统被装购置费")),
            Map.entry("2101103", List.of("公务员医疗补助经费")));
    private static final List<String> PERSONNEL_301 = List.of("30101", "30102", "30103", "30107", "30108", "30109",
            "30110", "30112", "30113", "30199");
    private static final List<String> PERSONNEL_303 = List.of("30302", "30305", "30307");
    private static final List<String> PUBLIC_302 = List.of("30201", "30205", "30206", "30207", "30211", "30213",
            "30215", "30216", "30217", "30226", "30228", "30229", "30231", "30239", "30299");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "文", "斌", "海燕", "宁", "婷", "晓东"};

    private final List<UnitCatalog.UnitSpec> units;
    private final int count;
    private final long seed;
    private final CodeList codes = CodeList.standard();
    private final Vocabulary words = Vocabulary.standard();
    private final List<CodeList.Code> classes;

    /** A corpus of {@code count} disclosures over units picked from {@code regions} with {@code seed}. */
    public CorpusGenerator(List<UnitCatalog.RegionRow> regions, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("--disclosures 应为正整数");
        }
        this.count = count;
        this.seed = seed;
        this.units = UnitCatalog.pick(regions, (count + YEARS - 1) / YEARS, seed);
        this.classes = codes.all().stream()
                .filter(c -> c.system() == CodeList.CodeSystem.FUNCTIONAL && c.level() == 1).toList();
    }

    public int count() {
        return count;
    }

    List<UnitCatalog.UnitSpec> units() {
        return units;
    }

    /** Disclosure {@code index} (0-based): unit {@code index / YEARS}, year {@code FIRST_YEAR + index % YEARS}. */
    public GeneratedDisclosure generate(int index) {
        int unitIndex = index / YEARS;
        int year = FIRST_YEAR + index % YEARS;
        UnitCatalog.UnitSpec unit = units.get(unitIndex);
        // The unit's size is stable over its years (so comparisons across years make sense);
        // everything else varies per disclosure.
        SplittableRandom unitRandom = new SplittableRandom(mix(seed, unitIndex, 0x5EEDL));
        SplittableRandom r = new SplittableRandom(mix(seed, index, 0xD15CL));
        return new GeneratedDisclosure(index, unitIndex, unit, new Builder(unit, unitIndex, year, index, unitRandom, r).build());
    }

    private static long mix(long seed, long n, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Builds one disclosure. Amounts in 分 until they become BigDecimal 元. */
    private final class Builder {
        private final UnitCatalog.UnitSpec unit;
        private final int unitIndex;
        private final int year;
        private final int index;
        private final SplittableRandom u;
        private final SplittableRandom r;
        private final MoneyUnit money;
        private final long grain;

        Builder(UnitCatalog.UnitSpec unit, int unitIndex, int year, int index, SplittableRandom u, SplittableRandom r) {
            this.unit = unit;
            this.unitIndex = unitIndex;
            this.year = year;
            this.index = index;
            this.u = u;
            this.r = r;
            this.money = u.nextInt(3) == 0 ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
            // Tables in 万元 carry 2 decimals of 万元: amounts are whole multiples of 100 元.
            this.grain = money == MoneyUnit.WAN_YUAN ? 10_000 : 1;
        }

        /** One functional 项 with its fiscal/other and basic/project split (分). */
        private record Item(String code, long fiscalBasic, long fiscalProject, long otherBasic, long otherProject, long budget) {
            long basic() {
                return fiscalBasic + otherBasic;
            }

            long project() {
                return fiscalProject + otherProject;
            }

            long fiscal() {
                return fiscalBasic + fiscalProject;
            }

            long other() {
                return otherBasic + otherProject;
            }

            long total() {
                return basic() + project();
            }
        }

        DisclosureDocument build() {
            long scale = switch (unit.tier()) {
                case PROVINCE -> 80_000_000_00L;
                case CITY -> 15_000_000_00L;
                case COUNTY -> 6_000_000_00L;
                case SUBORDINATE -> 4_000_000_00L;
            };
            // unit size: 0.3× … 2.5× the tier's typical budget, growing ~4 % a year
            double size = 0.3 + u.nextDouble() * 2.2;
            double growth = Math.pow(1.04, year - FIRST_YEAR) * (0.95 + r.nextDouble() * 0.1);
            long total = round((long) (scale * size * growth));

            List<Item> items = items(total);
            List<TableView> tables = new ArrayList<>();
            long fiscal = items.stream().mapToLong(Item::fiscal).sum();
            long other = items.stream().mapToLong(Item::other).sum();
            long expense = items.stream().mapToLong(Item::total).sum();
            long carry = u.nextInt(4) == 0 ? round(total / 50) : 0;
            long fiscalBasic = items.stream().mapToLong(Item::fiscalBasic).sum();
            long fiscalProject = items.stream().mapToLong(Item::fiscalProject).sum();

            tables.add(g01(items, fiscal, other, expense, carry));
            tables.add(codeTable(StandardTable.G02, items, i -> cents("total", i.total(), "fiscal", i.fiscal(), "other", i.other())));
            tables.add(codeTable(StandardTable.G03, items, i -> cents("total", i.total(), "basic", i.basic(), "project", i.project())));
            tables.add(g04(items, fiscal));
            tables.add(codeTable(StandardTable.G05, items, i -> cents("budget", i.budget(), "total", i.fiscal(),
                    "basic", i.fiscalBasic(), "project", i.fiscalProject())));
            Economic eco = economic(fiscalBasic);
            tables.add(eco.table);
            tables.add(table(StandardTable.G07, List.of(), "本表无数据"));
            tables.add(table(StandardTable.G08, List.of(), "本表无数据"));
            ThreePublic three = threePublic(eco);
            tables.add(three.table);
            tables.add(g10(eco, three));

            List<ProjectView> projects = projects(items);
            List<SectionView> sections = sections(items, fiscal, other, expense, carry, fiscalBasic, fiscalProject, eco, three, projects);

            String head = person();
            Disclosure.Profile profile = new Disclosure.Profile(head, person(), person(),
                    LocalDate.of(year + 1, 1 + r.nextInt(3), 1 + r.nextInt(28)), person(),
                    "0" + (100 + r.nextInt(900)) + "-" + (2000000 + r.nextInt(7000000)));
            Instant published = LocalDate.of(year + 1, 8 + r.nextInt(4), 1 + r.nextInt(28)).atStartOfDay().toInstant(ZoneOffset.UTC);
            DisclosureDocument.RegionRef region = new DisclosureDocument.RegionRef(unit.regionCode(), unit.place(),
                    List.of(unit.province()));
            return new DisclosureDocument(index + 1L, new DisclosureDocument.UnitRef(unitIndex + 1L, unit.name(), unit.kind(), region),
                    year, DisclosureKind.FINAL_ACCOUNTS, DisclosureStatus.PUBLISHED, 1, published, profile, money, null,
                    sections, tables, projects);
        }

        private long round(long cents) {
            return Math.max(grain, cents / grain * grain);
        }

        private List<Item> items(long total) {
            List<String> chosen = new ArrayList<>(BASIC_CODES);
            List<String> optional = new ArrayList<>(OPTIONAL_CODES);
            int extra = 4 + r.nextInt(5);
            for (int k = 0; k < extra && !optional.isEmpty(); k++) {
                chosen.add(optional.remove(r.nextInt(optional.size())));
            }
            if (!chosen.contains("2040610") && r.nextInt(3) > 0) {
                chosen.add("2040610"); // most justice units report 社区矫正
            }
            List<Item> items = new ArrayList<>();
            for (String code : chosen) {
                double share = switch (code) {
                    case "2040601" -> 0.40 + r.nextDouble() * 0.15;
                    case "2080505", "2210201" -> 0.03 + r.nextDouble() * 0.02;
                    case "2101101", "2101103" -> 0.005 + r.nextDouble() * 0.01;
                    default -> 0.01 + r.nextDouble() * 0.08;
                };
                long amount = round((long) (total * share));
                boolean basicOnly = BASIC_CODES.contains(code) || code.equals("2101103");
                boolean mixed = code.equals("2040699") || code.equals("2019999");
                long basic = basicOnly ? amount : mixed ? round(amount / 10) : 0;
                long project = amount - basic;
                // some units have 其他收入 on a few lines, as 醴陵市司法局 does on 2040699 and 2019999
                long otherProject = project > 0 && r.nextInt(5) == 0 ? round(project / 8) : 0;
                long otherBasic = basic > 0 && !basicOnly && r.nextInt(4) == 0 ? round(basic / 5) : 0;
                if (otherProject >= project) {
                    otherProject = 0;
                }
                if (otherBasic >= basic) {
                    otherBasic = 0;
                }
                long fiscalAmount = amount - otherProject - otherBasic;
                long budget = r.nextInt(4) == 0 ? 0 : round((long) (fiscalAmount * (0.6 + r.nextDouble() * 0.6)));
                items.add(new Item(code, basic - otherBasic, project - otherProject, otherBasic, otherProject, budget));
            }
            items.sort((a, b) -> a.code().compareTo(b.code()));
            return items;
        }

        private TableView g01(List<Item> items, long fiscal, long other, long expense, long carry) {
            List<RowView> rows = new ArrayList<>();
            int line = 1;
            for (String name : SummaryRows.INCOME_LINES) {
                long v = name.equals("一般公共预算财政拨款收入") ? fiscal : name.equals("其他收入") ? other : 0;
                rows.add(named(name, name, Side.INCOME, line++, amounts("amount", v)));
            }
            long income = fiscal + other;
            rows.add(named(SummaryRows.INCOME_TOTAL, SummaryRows.INCOME_TOTAL, Side.INCOME, line++, amounts("amount", income)));
            rows.add(named(SummaryRows.NON_FISCAL_BALANCE, SummaryRows.NON_FISCAL_BALANCE, Side.INCOME, line++, amounts("amount", 0)));
            rows.add(named(SummaryRows.CARRY_IN, SummaryRows.CARRY_IN, Side.INCOME, line++, amounts("amount", carry)));
            rows.add(named(SummaryRows.GRAND_TOTAL, SummaryRows.GRAND_TOTAL, Side.INCOME, line++, amounts("amount", income + carry)));
            Map<String, Long> byClass = sumByCode(items, Item::code, 3, Item::total);
            for (CodeList.Code c : classes) {
                rows.add(new RowView(c.code(), c.name(), RowKind.FUNCTIONAL, Side.EXPENSE, 1, line++,
                        amounts("amount", byClass.getOrDefault(c.code(), 0L))));
            }
            rows.add(named(SummaryRows.EXPENSE_TOTAL, SummaryRows.EXPENSE_TOTAL, Side.EXPENSE, line++, amounts("amount", expense)));
            rows.add(named(SummaryRows.DISTRIBUTION, SummaryRows.DISTRIBUTION, Side.EXPENSE, line++, amounts("amount", 0)));
            rows.add(named(SummaryRows.CARRY_OUT, SummaryRows.CARRY_OUT, Side.EXPENSE, line++, amounts("amount", income + carry - expense)));
            rows.add(named(SummaryRows.GRAND_TOTAL, SummaryRows.GRAND_TOTAL, Side.EXPENSE, line, amounts("amount", income + carry)));
            return table(StandardTable.G01, rows, null);
        }

        private TableView g04(List<Item> items, long fiscal) {
            List<RowView> rows = new ArrayList<>();
            int line = 1;
            rows.add(named("一般公共预算财政拨款收入", "一般公共预算财政拨款", Side.INCOME, line++, amounts("amount", fiscal)));
            rows.add(named("政府性基金预算财政拨款收入", "政府性基金预算财政拨款", Side.INCOME, line++, amounts("amount", 0)));
            rows.add(named("国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款", Side.INCOME, line++, amounts("amount", 0)));
            rows.add(named(SummaryRows.INCOME_TOTAL, SummaryRows.INCOME_TOTAL, Side.INCOME, line++, amounts("amount", fiscal)));
            rows.add(named(SummaryRows.CARRY_IN, "年初财政拨款结转和结余", Side.INCOME, line++, amounts("amount", 0)));
            rows.add(named(SummaryRows.GRAND_TOTAL, SummaryRows.GRAND_TOTAL, Side.INCOME, line++, amounts("amount", fiscal)));
            Map<String, Long> byClass = sumByCode(items, Item::code, 3, Item::fiscal);
            for (CodeList.Code c : classes) {
                long v = byClass.getOrDefault(c.code(), 0L);
                rows.add(new RowView(c.code(), c.name(), RowKind.FUNCTIONAL, Side.EXPENSE, 1, line++,
                        amounts("total", v, "general", v, "fund", 0, "capital", 0)));
            }
            rows.add(named(SummaryRows.EXPENSE_TOTAL, SummaryRows.EXPENSE_TOTAL, Side.EXPENSE, line++,
                    amounts("total", fiscal, "general", fiscal, "fund", 0, "capital", 0)));
            rows.add(named(SummaryRows.CARRY_OUT, "年末财政拨款结转和结余", Side.EXPENSE, line++,
                    amounts("total", 0, "general", 0, "fund", 0, "capital", 0)));
            rows.add(named(SummaryRows.GRAND_TOTAL, SummaryRows.GRAND_TOTAL, Side.EXPENSE, line,
                    amounts("total", fiscal, "general", fiscal, "fund", 0, "capital", 0)));
            return table(StandardTable.G04, rows, null);
        }

        /** 02/03/05: 合计, then every 类, 款 and 项 in code order with the level sums. */
        private TableView codeTable(StandardTable kind, List<Item> items, java.util.function.Function<Item, Map<String, Long>> columns) {
            Map<String, Map<String, Long>> byCode = new TreeMap<>();
            Map<String, Long> total = new LinkedHashMap<>();
            for (Item i : items) {
                Map<String, Long> a = columns.apply(i);
                for (String code : List.of(i.code().substring(0, 3), i.code().substring(0, 5), i.code())) {
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
                rows.add(new RowView(code, name, RowKind.FUNCTIONAL, null, code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3,
                        null, yuan(e.getValue())));
            }
            return table(kind, rows, null);
        }

        private record Economic(TableView table, Map<String, Long> amounts, long personnel, long publicCosts) {
        }

        /** 公开06: the fiscal basic spending split over economic codes; 人员经费 = 301 + 303, 公用经费 = 302. */
        private Economic economic(long basic) {
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
                rows.add(new RowView(code, codes.economic(code).map(CodeList.Code::name).orElse(code), RowKind.ECONOMIC, null,
                        code.length() == 3 ? 1 : 2, null, amounts("amount", e.getValue())));
            }
            rows.add(named("人员经费合计", "人员经费合计", null, null, amounts("amount", personnel)));
            rows.add(named("公用经费合计", "公用经费合计", null, null, amounts("amount", publicCosts)));
            return new Economic(table(StandardTable.G06, rows, null), amounts, personnel, publicCosts);
        }

        /** Splits an amount over codes with random weights; the last code takes the remainder, so the sum is exact. */
        private void split(long amount, List<String> codeList, Map<String, Long> into) {
            double[] w = new double[codeList.size()];
            double sum = 0;
            for (int k = 0; k < w.length; k++) {
                w[k] = r.nextDouble() < 0.25 ? 0 : 0.2 + r.nextDouble();
                sum += w[k];
            }
            long left = amount;
            for (int k = 0; k < w.length; k++) {
                long v = k == w.length - 1 ? left : Math.min(left, round0((long) (amount * (w[k] / sum))));
                into.put(codeList.get(k), v);
                left -= v;
            }
        }

        private long round0(long cents) {
            return cents / grain * grain;
        }

        private record ThreePublic(TableView table, long reception, long operation, long purchase, long budgetTotal,
                                   long budgetReception, long actualTotal, int vehicles) {
        }

        private ThreePublic threePublic(Economic eco) {
            long reception = eco.amounts.getOrDefault("30217", 0L);
            long operation = eco.amounts.getOrDefault("30231", 0L);
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
            TableView t = table(StandardTable.G09, List.of(new RowView("三公经费合计", "“三公”经费合计", RowKind.NAMED, null,
                    null, null, yuan(a))), null);
            return new ThreePublic(t, reception, operation, purchase, budget, bReception, actual, operation > 0 ? 1 + r.nextInt(4) : 0);
        }

        private TableView g10(Economic eco, ThreePublic three) {
            long goods = round0(eco.publicCosts / 5);
            long services = round0(eco.publicCosts / 7);
            List<RowView> rows = new ArrayList<>();
            int line = 1;
            rows.add(named("机关运行经费", "机关运行经费", null, line++, amounts("amount", eco.publicCosts)));
            rows.add(named("政府采购支出总额", "政府采购支出总额", null, line++, amounts("amount", goods + services)));
            rows.add(named("政府采购货物支出", "政府采购货物支出", null, line++, amounts("amount", goods)));
            rows.add(named("政府采购工程支出", "政府采购工程支出", null, line++, amounts("amount", 0)));
            rows.add(named("政府采购服务支出", "政府采购服务支出", null, line++, amounts("amount", services)));
            rows.add(named("授予中小企业合同金额", "授予中小企业合同金额", null, line++, amounts("amount", goods)));
            rows.add(new RowView("车辆数", "车辆数（辆）", RowKind.NAMED, null, null, line++,
                    Map.of("amount", BigDecimal.valueOf(three.vehicles()).setScale(2))));
            rows.add(new RowView("一般公务用车", "其中：一般公务用车（辆）", RowKind.NAMED, null, null, line,
                    Map.of("amount", BigDecimal.valueOf(three.vehicles()).setScale(2))));
            return table(StandardTable.G10, rows, null);
        }

        private List<ProjectView> projects(List<Item> items) {
            List<ProjectView> projects = new ArrayList<>();
            for (Item i : items) {
                if (i.fiscalProject() <= 0 || !PROJECTS.containsKey(i.code())) {
                    continue;
                }
                List<String> names = PROJECTS.get(i.code());
                String name = names.get(r.nextInt(names.size()));
                if (i.code().equals("2040605") && unit.regionCode().startsWith("15")) {
                    name = "“法治乌兰牧骑”普法宣传经费";
                }
                long executed = i.fiscalProject();
                long annual = executed + round0((long) (executed * r.nextDouble() * 0.05));
                long initial = i.budget() > 0 ? Math.min(i.budget(), annual) : annual;
                BigDecimal rate = annual == 0 ? BigDecimal.valueOf(100) : BigDecimal.valueOf(executed * 10000 / annual, 2);
                BigDecimal rateScore = rate.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP).min(BigDecimal.TEN);
                List<PerformanceIndicator> indicators = indicators(name);
                BigDecimal score = rateScore.add(indicators.stream().map(PerformanceIndicator::score)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
                String dept = unit.name();
                projects.add(new ProjectView(PerformanceProject.Kind.PROJECT, name, dept, unit.name(),
                        yuan(initial), yuan(annual), yuan(executed), yuan(annual), yuan(executed), BigDecimal.ZERO.setScale(2),
                        BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), rate,
                        BigDecimal.TEN.setScale(2), rateScore, BigDecimal.valueOf(100).setScale(2), score,
                        "保障" + name.replace("经费", "") + "工作顺利开展，完成年度各项目标任务。",
                        "已完成年度目标，" + name.replace("经费", "") + "工作有序推进，资金使用规范。",
                        null, false, indicators));
            }
            return projects;
        }

        private List<PerformanceIndicator> indicators(String project) {
            String topic = project.replace("经费", "").replace("“", "").replace("”", "");
            List<PerformanceIndicator> list = new ArrayList<>();
            int n = 0;
            int quantity = 20 + r.nextInt(200);
            list.add(indicator(n++, "产出指标", "数量指标", "开展" + topic + "活动场次", "正向", "大于等于",
                    "≥" + quantity, Integer.toString(quantity + r.nextInt(30)), "场次", 15, 15));
            list.add(indicator(n++, "产出指标", "数量指标", "覆盖乡镇（街道）数", "正向", "大于等于",
                    "≥" + (5 + r.nextInt(20)), Integer.toString(25 + r.nextInt(10)), "个", 10, 10));
            list.add(indicator(n++, "产出指标", "质量指标", topic + "任务完成率", "正向", "大于等于", "≥95%",
                    (96 + r.nextInt(5)) + "%", "%", 10, 10));
            list.add(indicator(n++, "产出指标", "时效指标", "任务完成及时率", "正向", "等于", "100%", "100%", "%", 10, 10));
            list.add(indicator(n++, "产出指标", "成本指标", "项目成本控制率", "反向", "小于等于", "≤100%", "100%", "%", 5, 5));
            int social = 14 + r.nextInt(2);
            list.add(indicator(n++, "效益指标", "社会效益指标", "群众法治意识和法治素养提升", "定性", null, "有效提升",
                    "有效提升", null, 15, social));
            list.add(indicator(n++, "效益指标", "可持续影响指标", "基层社会治理法治化水平", "定性", null, "持续提高",
                    "持续提高", null, 15, 15));
            list.add(indicator(n, "满意度指标", "服务对象满意度指标", "服务对象满意度", "正向", "大于等于", "≥90%",
                    (92 + r.nextInt(8)) + "%", "%", 10, 9 + r.nextInt(2)));
            return list;
        }

        private PerformanceIndicator indicator(int position, String l1, String l2, String name, String nature, String direction,
                                               String target, String actual, String measure, int weight, int score) {
            return new PerformanceIndicator(null, null, position, l1, l2, name, nature, direction, target, actual, measure,
                    BigDecimal.valueOf(weight).setScale(2), BigDecimal.valueOf(score).setScale(2),
                    score < weight ? "个别指标未完全达到预期，下一步将加强过程管理，提高资金使用效益。" : null);
        }

        private List<SectionView> sections(List<Item> items, long fiscal, long other, long expense, long carry, long fiscalBasic,
                                           long fiscalProject, Economic eco, ThreePublic three, List<ProjectView> projects) {
            String name = unit.name();
            List<SectionView> s = new ArrayList<>();
            StringBuilder duties = new StringBuilder("根据机构改革方案和“三定”规定，").append(name).append("主要职责是：\n");
            List<String> pool = Vocabulary.copy(words.duties);
            int dutyCount = Math.min(pool.size(), 6 + r.nextInt(4));
            for (int k = 0; k < dutyCount; k++) {
                duties.append('（').append(chinese(k + 1)).append('）').append(fill(pool.remove(r.nextInt(pool.size())))).append('\n');
            }
            s.add(section(SectionKey.FUNCTIONS, "一、部门职责", duties.toString().strip()));
            int offices = 6 + r.nextInt(10);
            s.add(section(SectionKey.ORGANISATION, "二、机构设置及决算单位构成",
                    "（一）内设机构设置。" + name + "内设机构" + offices + "个，现有编制" + (20 + r.nextInt(80)) + "人，实有在职人员"
                            + (15 + r.nextInt(80)) + "人，退休人员" + r.nextInt(30) + "人，属" + unit.place() + "一级预算单位。\n（二）决算单位构成。"
                            + name + year + "年部门决算汇总公开单位构成包括：" + name + "本级决算，不包含下属单位和机构。"));
            StringBuilder work = new StringBuilder();
            List<String> workPool = Vocabulary.copy(words.work);
            if (unit.regionCode().startsWith("15")) {
                workPool.addAll(words.workMongolian);
            }
            int paragraphs = 3 + r.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                work.append('（').append(chinese(p + 1)).append('）');
                int sentences = 3 + r.nextInt(4);
                for (int k = 0; k < sentences; k++) {
                    work.append(fill(workPool.get(r.nextInt(workPool.size()))));
                }
                work.append('\n');
            }
            s.add(section(SectionKey.WORK_DONE, "三、" + year + "年度主要工作完成情况", work.toString().strip()));
            s.add(section(SectionKey.TABLES_NOTE, "第二部分 部门决算表", "详见公开01至公开10各表。"));

            long income = fiscal + other;
            long grand = income + carry;
            long lastYear = round((long) (grand / (1.0 + (r.nextDouble() * 0.3 - 0.1))));
            s.add(section(SectionKey.OVERALL, "一、收入支出决算总体情况说明", year + "年度收、支总计" + wan(grand) + "万元。"
                    + change(grand, lastYear)));
            s.add(section(SectionKey.INCOME, "二、收入决算情况说明", year + "年度收入合计" + wan(income) + "万元，其中：财政拨款收入"
                    + wan(fiscal) + "万元，占" + pct(fiscal, income) + "%；其他收入" + wan(other) + "万元，占" + pct(other, income) + "%。"));
            long basic = items.stream().mapToLong(Item::basic).sum();
            long project = items.stream().mapToLong(Item::project).sum();
            s.add(section(SectionKey.EXPENDITURE, "三、支出决算情况说明", year + "年度支出合计" + wan(expense) + "万元，其中：基本支出"
                    + wan(basic) + "万元，占" + pct(basic, expense) + "%；项目支出" + wan(project) + "万元，占" + pct(project, expense) + "%。"));
            long lastFiscal = round((long) (fiscal / (1.0 + (r.nextDouble() * 0.3 - 0.1))));
            s.add(section(SectionKey.FISCAL_OVERALL, "四、财政拨款收入支出决算总体情况说明", year + "年度财政拨款收、支总计"
                    + wan(fiscal) + "万元，" + change(fiscal, lastFiscal)));
            StringBuilder general = new StringBuilder();
            long budgetTotal = items.stream().mapToLong(Item::budget).sum();
            general.append("（一）一般公共预算财政拨款支出决算总体情况\n").append(year).append("年度财政拨款支出").append(wan(fiscal))
                    .append("万元，占本年支出合计的").append(pct(fiscal, expense)).append("%。\n");
            general.append("（二）一般公共预算财政拨款支出决算具体情况\n").append(year).append("年度财政拨款支出年初预算数为")
                    .append(wan(budgetTotal)).append("万元，支出决算数为").append(wan(fiscal)).append("万元，其中：\n");
            int n = 1;
            for (Item i : items) {
                general.append(n++).append('、').append(prose(i.code())).append("。\n年初预算为").append(wan(i.budget()))
                        .append("万元，支出决算为").append(wan(i.fiscal())).append("万元，完成年初预算的")
                        .append(i.budget() == 0 ? "100" : pct(i.fiscal(), i.budget())).append("%");
                if (i.fiscal() > i.budget()) {
                    general.append("，决算数大于年初预算数的主要原因是：").append(reason());
                } else if (i.fiscal() < i.budget()) {
                    general.append("，决算数小于年初预算数的主要原因是：").append(reason());
                }
                general.append("。\n");
            }
            s.add(section(SectionKey.GENERAL_BUDGET, "五、一般公共预算财政拨款支出决算情况说明", general.toString().strip()));
            s.add(section(SectionKey.BASIC_EXPENDITURE, "六、一般公共预算财政拨款基本支出决算情况说明", year + "年度财政拨款基本支出"
                    + wan(fiscalBasic) + "万元，其中：\n人员经费" + wan(eco.personnel) + "万元，占基本支出的" + pct(eco.personnel, fiscalBasic)
                    + "%，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、其他工资福利支出、退休费、生活补助等。\n公用经费"
                    + wan(eco.publicCosts) + "万元，占基本支出的" + pct(eco.publicCosts, fiscalBasic)
                    + "%，主要包括办公费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、劳务费、工会经费、福利费、公务用车运行维护费、其他交通费用等。"));
            s.add(section(SectionKey.THREE_PUBLIC, "七、财政拨款“三公”经费支出决算情况说明", "（一）“三公”经费财政拨款支出决算总体情况说明\n"
                    + "“三公”经费财政拨款支出预算为" + wan(three.budgetTotal) + "万元，支出决算为" + wan(three.actualTotal) + "万元，完成预算的"
                    + pct(three.actualTotal, three.budgetTotal) + "%，主要原因是：" + reason() + "。其中：\n因公出国（境）费支出预算为0万元，支出决算为0万元。\n"
                    + "公务接待费支出预算为" + wan(three.budgetReception)
                    + "万元，支出决算为" + wan(three.reception) + "万元。\n公务用车购置费支出预算为0万元，支出决算为" + wan(three.purchase) + "万元。\n"
                    + "（二）“三公”经费财政拨款支出决算具体情况说明\n公务接待费支出决算为" + wan(three.reception) + "万元，全年共接待来访团组"
                    + (3 + r.nextInt(30)) + "个、来宾" + (20 + r.nextInt(200)) + "人次，主要是上级部门调研、兄弟单位交流学习等发生的接待支出。\n"
                    + "公务用车购置费及运行维护费支出决算为" + wan(three.purchase + three.operation) + "万元，其中：公务用车运行维护费"
                    + wan(three.operation) + "万元，主要是公务用车加油及维修费支出，截止" + year + "年12月31日，我单位开支财政拨款的公务用车保有量为"
                    + three.vehicles + "辆。"));
            s.add(section(SectionKey.GOV_FUND, "八、政府性基金预算收入支出决算情况", year + "年，本单位无政府性基金收支。"));
            s.add(section(SectionKey.STATE_CAPITAL, "九、国有资本经营预算财政拨款支出决算情况", "本单位无国有资本经营预算财政拨款收、支、余。"));
            s.add(section(SectionKey.OPERATING_COSTS, "十、机关运行经费支出说明", "本部门" + year + "年度机关运行经费支出"
                    + wan(eco.publicCosts) + "万元，主要用于办公费、差旅费、公务接待费、公务用车运行维护费等。"));
            s.add(section(SectionKey.PROCUREMENT, "十一、政府采购支出说明", year + "年度政府采购支出总额"
                    + wan(round0(eco.publicCosts / 5) + round0(eco.publicCosts / 7)) + "万元，其中：政府采购货物支出"
                    + wan(round0(eco.publicCosts / 5)) + "万元，政府采购服务支出" + wan(round0(eco.publicCosts / 7)) + "万元。"));
            s.add(section(SectionKey.ASSETS, "十二、国有资产占用情况说明", "截至" + year + "年12月31日，本单位共有车辆"
                    + three.vehicles + "辆，其中一般公务用车" + three.vehicles + "辆；单价100万元以上设备0台（套）。"));
            StringBuilder perf = new StringBuilder(name + "根据预算绩效管理要求组织对" + year + "年度一般公共预算项目支出全面开展绩效自评，共涉及"
                    + projects.size() + "个项目，资金" + wan(fiscalProject) + "万元。");
            if (!projects.isEmpty()) {
                perf.append("组织对");
                for (int k = 0; k < projects.size(); k++) {
                    perf.append(k == 0 ? "" : "、").append('“').append(projects.get(k).name()).append('”');
                }
                perf.append("等项目开展了绩效自评。从评价情况看，以上项目基本达到年初设定的绩效目标，资金使用规范，取得了预期的社会效益。");
            }
            s.add(section(SectionKey.PERFORMANCE, "十三、预算绩效情况说明", perf.toString()));
            StringBuilder glossary = new StringBuilder();
            List<String> g = words.glossary;
            for (int k = 0; k < g.size(); k++) {
                glossary.append(chinese(k + 1)).append('、').append(fill(g.get(k))).append('\n');
            }
            s.add(section(SectionKey.GLOSSARY, "第四部分 名词解释", glossary.toString().strip()));
            s.add(section(SectionKey.CONTACT, "联系方式", "联系人：" + person() + "，联系电话：0" + (100 + r.nextInt(900)) + "-"
                    + (2000000 + r.nextInt(7000000)) + "。"));
            return s;
        }

        private String change(long now, long before) {
            long diff = now - before;
            String verb = diff >= 0 ? "增加" : "减少";
            String rate = before == 0 ? "0" : pct(Math.abs(diff), before);
            return "与上年相比，" + verb + wan(Math.abs(diff)) + "万元，" + (diff >= 0 ? "增长" : "下降") + rate
                    + "%，主要是因为" + reason() + "。";
        }

        private String reason() {
            return fill(words.reasons.get(r.nextInt(words.reasons.size())));
        }

        /** 公共安全支出（类）司法（款）社区矫正（项）, from the code list. */
        private String prose(String code) {
            String c = codes.functional(code.substring(0, 3)).map(CodeList.Code::name).orElse(code);
            String k = codes.functional(code.substring(0, 5)).map(CodeList.Code::name).orElse(code);
            String x = codes.functional(code).map(CodeList.Code::name).orElse(code);
            return c + "（类）" + k + "（款）" + x + "（项）";
        }

        private String fill(String template) {
            return Vocabulary.fill(template, unit.name(), unit.place(), unit.city(), unit.province());
        }

        private String person() {
            return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
        }
    }

    private static SectionView section(SectionKey key, String title, String body) {
        return new SectionView(key.name(), title, body);
    }

    private static TableView table(StandardTable kind, List<RowView> rows, String note) {
        return new TableView(kind.label(), kind, kind.title(), null, note, kind.columns(), rows);
    }

    private static RowView named(String code, String name, Side side, Integer line, Map<String, BigDecimal> amounts) {
        return new RowView(code, name, RowKind.NAMED, side, null, line, amounts);
    }

    private static <T> Map<String, Long> sumByCode(List<T> items, java.util.function.Function<T, String> code, int prefix,
                                                   java.util.function.ToLongFunction<T> f) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (T i : items) {
            sums.merge(code.apply(i).substring(0, prefix), f.applyAsLong(i), Long::sum);
        }
        return sums;
    }

    /** Amounts in 分 (pairs of column key and value) as 元. */
    private static Map<String, BigDecimal> amounts(Object... pairs) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            m.put((String) pairs[k], BigDecimal.valueOf(((Number) pairs[k + 1]).longValue(), 2));
        }
        return m;
    }

    private static Map<String, Long> cents(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            m.put((String) pairs[k], ((Number) pairs[k + 1]).longValue());
        }
        return m;
    }

    private static Map<String, BigDecimal> yuan(Map<String, Long> cents) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        cents.forEach((k, v) -> m.put(k, BigDecimal.valueOf(v, 2)));
        return m;
    }

    private static BigDecimal yuan(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** 分 → 万元 with 2 decimals, as the narratives print it. */
    static String wan(long cents) {
        return BigDecimal.valueOf(cents, 2).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
    }

    static String pct(long part, long whole) {
        if (whole == 0) {
            return "0";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    static String chinese(int n) {
        String[] d = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return d[n];
        }
        if (n < 20) {
            return "十" + d[n % 10];
        }
        return d[n / 10] + "十" + d[n % 10];
    }
}
