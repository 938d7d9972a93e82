package gongkai.bench;

import static gongkai.bench.Rows.cents;
import static gongkai.bench.Rows.table;

import gongkai.bench.AccountTables.Economic;
import gongkai.bench.AccountTables.ThreePublic;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds one disclosure bottom-up: the unit's functional items (项) with their fiscal/other and
 * basic/project split, then the tables ({@link AccountTables}), the performance projects ({@link
 * PerformanceProjects}) and the narrative ({@link Narrative}) from them, then the people.
 */
final class DisclosureBuilder {

    /**
     * Basic-spending 项 every unit has, and project 项 a unit may have (all from the sample
     * documents).
     */
    /**
     * Basic-spending 项 every unit has, and project 项 a unit may have (all from the sample
     * documents).
     */
    private static final List<String> BASIC_CODES =
            List.of("2040601", "2080505", "2101101", "2210201");

    private static final List<String> OPTIONAL_CODES =
            List.of(
                    "2040602", "2040604", "2040605", "2040607", "2040610", "2040699", "2019999",
                    "2080801", "2100499", "2040299", "2101103");

    /** One functional 项 with its fiscal/other and basic/project split (分). */
    record Item(
            String code,
            long fiscalBasic,
            long fiscalProject,
            long otherBasic,
            long otherProject,
            long budget) {
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

    private final Draw d;
    private final UnitCatalog.UnitSpec unit;
    private final int unitIndex;
    private final int year;
    private final int index;
    private final SplittableRandom u;
    private final SplittableRandom r;
    private final MoneyUnit money;
    private final AccountTables accounts;

    DisclosureBuilder(Draw d) {
        this.d = d;
        this.unit = d.unit;
        this.unitIndex = d.unitIndex;
        this.year = d.year;
        this.index = d.index;
        this.u = d.u;
        this.r = d.r;
        this.money = d.money;
        this.accounts = new AccountTables(d);
    }

    private long round(long cents) {
        return d.round(cents);
    }

    private String person() {
        return d.person();
    }

    DisclosureDocument build() {
        long scale =
                switch (unit.tier()) {
                    case PROVINCE -> 80_000_000_00L;
                    case CITY -> 15_000_000_00L;
                    case COUNTY -> 6_000_000_00L;
                    case SUBORDINATE -> 4_000_000_00L;
                };
        // unit size: 0.3× … 2.5× the tier's typical budget, growing ~4 % a year
        double size = 0.3 + u.nextDouble() * 2.2;
        double growth =
                Math.pow(1.04, year - CorpusGenerator.FIRST_YEAR) * (0.95 + r.nextDouble() * 0.1);
        long total = round((long) (scale * size * growth));

        List<Item> items = items(total);
        List<TableView> tables = new ArrayList<>();
        long fiscal = items.stream().mapToLong(Item::fiscal).sum();
        long other = items.stream().mapToLong(Item::other).sum();
        long expense = items.stream().mapToLong(Item::total).sum();
        long carry = u.nextInt(4) == 0 ? round(total / 50) : 0;
        long fiscalBasic = items.stream().mapToLong(Item::fiscalBasic).sum();
        long fiscalProject = items.stream().mapToLong(Item::fiscalProject).sum();

        tables.add(accounts.g01(items, fiscal, other, expense, carry));
        tables.add(
                accounts.codeTable(
                        StandardTable.G02,
                        items,
                        i -> cents("total", i.total(), "fiscal", i.fiscal(), "other", i.other())));
        tables.add(
                accounts.codeTable(
                        StandardTable.G03,
                        items,
                        i ->
                                cents(
                                        "total",
                                        i.total(),
                                        "basic",
                                        i.basic(),
                                        "project",
                                        i.project())));
        tables.add(accounts.g04(items, fiscal));
        tables.add(
                accounts.codeTable(
                        StandardTable.G05,
                        items,
                        i ->
                                cents(
                                        "budget",
                                        i.budget(),
                                        "total",
                                        i.fiscal(),
                                        "basic",
                                        i.fiscalBasic(),
                                        "project",
                                        i.fiscalProject())));
        Economic eco = accounts.economic(fiscalBasic);
        tables.add(eco.table());
        tables.add(table(StandardTable.G07, List.of(), "本表无数据"));
        tables.add(table(StandardTable.G08, List.of(), "本表无数据"));
        ThreePublic three = accounts.threePublic(eco);
        tables.add(three.table());
        tables.add(accounts.g10(eco, three));

        List<ProjectView> projects = new PerformanceProjects(d).projects(items);
        List<SectionView> sections =
                new Narrative(d)
                        .sections(
                                items,
                                fiscal,
                                other,
                                expense,
                                carry,
                                fiscalBasic,
                                fiscalProject,
                                eco,
                                three,
                                projects);

        String head = person();
        Disclosure.Profile profile =
                new Disclosure.Profile(
                        head,
                        person(),
                        person(),
                        LocalDate.of(year + 1, 1 + r.nextInt(3), 1 + r.nextInt(28)),
                        person(),
                        "0" + (100 + r.nextInt(900)) + "-" + (2000000 + r.nextInt(7000000)));
        Instant published =
                LocalDate.of(year + 1, 8 + r.nextInt(4), 1 + r.nextInt(28))
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC);
        DisclosureDocument.RegionRef region =
                new DisclosureDocument.RegionRef(
                        unit.regionCode(), unit.place(), List.of(unit.province()));
        return new DisclosureDocument(
                index + 1L,
                new DisclosureDocument.UnitRef(unitIndex + 1L, unit.name(), unit.kind(), region),
                year,
                DisclosureKind.FINAL_ACCOUNTS,
                DisclosureStatus.PUBLISHED,
                1,
                published,
                profile,
                money,
                null,
                sections,
                tables,
                projects);
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
            double share =
                    switch (code) {
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
            long budget =
                    r.nextInt(4) == 0
                            ? 0
                            : round((long) (fiscalAmount * (0.6 + r.nextDouble() * 0.6)));
            items.add(
                    new Item(
                            code,
                            basic - otherBasic,
                            project - otherProject,
                            otherBasic,
                            otherProject,
                            budget));
        }
        items.sort((a, b) -> a.code().compareTo(b.code()));
        return items;
    }
}
