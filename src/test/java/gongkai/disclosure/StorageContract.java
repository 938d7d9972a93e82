package gongkai.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureContent.Row;
import gongkai.disclosure.LineItem.RowKind;
import gongkai.disclosure.store.CodeAmount;
import gongkai.disclosure.store.DisclosureRepository;
import gongkai.disclosure.store.SectionRepository;
import gongkai.region.RegionDirectory;
import gongkai.unit.UnitService;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What storage must guarantee, run against every database the portal supports: the embedded H2
 * (MySQL mode) and a real MariaDB server (see the two subclasses).
 */
abstract class StorageContract {

    @Inject DisclosureService service;
    @Inject DisclosureCatalog catalog;
    @Inject DisclosureRepository disclosures;
    @Inject SectionRepository sections;
    @Inject UnitService units;
    @Inject RegionDirectory regions;
    @Inject ConnectionOperations<Connection> connections;

    private long newUnit() {
        return units.findOrCreate("测试司法局" + UUID.randomUUID(), "430281", "行政单位").id();
    }

    private static DisclosureContent content(
            int year,
            List<DisclosureContent.Section> sections,
            List<DisclosureContent.Table> tables) {
        return new DisclosureContent(
                "测试司法局",
                year,
                null,
                gongkai.disclosure.MoneyUnit.YUAN,
                sections,
                tables,
                List.of());
    }

    private static Row row(String code, String name, String total) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("total", new BigDecimal(total));
        RowKind kind = code.matches("\\d+") ? RowKind.FUNCTIONAL : RowKind.NAMED;
        return new Row(kind, null, code, name, null, amounts, 0);
    }

    @Test
    void keepsChineseTextAndFourByteCharactersUnchanged() {
        String body = "法治乌兰牧骑深入嘎查村；社區矯正（繁体）；𠮷野家𡈽；表情😀；全角１２３ＡＢＣ。";
        Disclosure d =
                service.storeNewRevision(
                        newUnit(),
                        content(
                                2023,
                                List.of(
                                        new DisclosureContent.Section(
                                                "WORK_DONE", "三、2023年度主要工作完成情况", body, 1)),
                                List.of()),
                        DisclosureStatus.DRAFT,
                        null);
        Section stored =
                java.util.stream.StreamSupport.stream(sections.findAll().spliterator(), false)
                        .filter(s -> s.disclosureId().equals(d.id()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(body, stored.body());
        assertEquals("三、2023年度主要工作完成情况", stored.title());
    }

    @Test
    void keepsAmountsExactToTheFen() {
        Disclosure d =
                service.storeNewRevision(
                        newUnit(),
                        content(
                                2023,
                                List.of(),
                                List.of(
                                        new DisclosureContent.Table(
                                                StandardTable.G03,
                                                "支出决算表",
                                                MoneyUnit.YUAN,
                                                null,
                                                List.of(
                                                        row("204", "公共安全支出", "13742926.23"),
                                                        row("20406", "司法", "9999999999999999.99"),
                                                        row("2040610", "社区矫正", "0.01")),
                                                1))),
                        DisclosureStatus.DRAFT,
                        null);
        List<CodeAmount> classes =
                catalog.amountsAtLevel(
                        d.id(), StandardTable.G03, "total", LineItem.RowKind.FUNCTIONAL, 1);
        assertEquals("13742926.23", classes.get(0).amount().toPlainString());
        assertEquals(
                "9999999999999999.99",
                catalog.amountsAtLevel(
                                d.id(), StandardTable.G03, "total", LineItem.RowKind.FUNCTIONAL, 2)
                        .get(0)
                        .amount()
                        .toPlainString());
        assertEquals(
                "0.01",
                catalog.amountsAtLevel(
                                d.id(), StandardTable.G03, "total", LineItem.RowKind.FUNCTIONAL, 3)
                        .get(0)
                        .amount()
                        .toPlainString());
    }

    @Test
    void sumsItemRowsPerSectionAndClass() {
        Disclosure d =
                service.storeNewRevision(
                        newUnit(),
                        content(
                                2023,
                                List.of(),
                                List.of(
                                        new DisclosureContent.Table(
                                                StandardTable.G03,
                                                "支出决算表",
                                                MoneyUnit.YUAN,
                                                null,
                                                List.of(
                                                        row("合计", "合计", "13742926.23"),
                                                        row("204", "公共安全支出", "12437383.47"),
                                                        row("20406", "司法", "11837383.47"),
                                                        row("2040601", "行政运行", "6795853.30"),
                                                        row("2040610", "社区矫正", "120000.00"),
                                                        row("2040699", "其他司法支出", "4921530.17"),
                                                        row("20402", "公安", "600000.00"),
                                                        row("2040299", "其他公安支出", "600000.00"),
                                                        row("2210201", "住房公积金", "1305542.76")),
                                                1))),
                        DisclosureStatus.DRAFT,
                        null);

        List<CodeAmount> itemsPerSection =
                catalog.sumByLevel(
                        d.id(), StandardTable.G03, "total", LineItem.RowKind.FUNCTIONAL, 3, 2);
        assertEquals(
                List.of(
                        new CodeAmount("20402", new BigDecimal("600000.00")),
                        new CodeAmount("20406", new BigDecimal("11837383.47")),
                        new CodeAmount("22102", new BigDecimal("1305542.76"))),
                itemsPerSection);
        List<CodeAmount> sectionsPerClass =
                catalog.sumByLevel(
                        d.id(), StandardTable.G03, "total", LineItem.RowKind.FUNCTIONAL, 2, 1);
        assertEquals(
                List.of(new CodeAmount("204", new BigDecimal("12437383.47"))), sectionsPerClass);
        // 款 = Σ项 holds against the stored 款 rows.
        assertEquals(
                catalog.amountsAtLevel(
                        d.id(), StandardTable.G03, "total", LineItem.RowKind.FUNCTIONAL, 2),
                itemsPerSection.subList(0, 2));
    }

    @Test
    void publishingANewRevisionSupersedesThePublishedOne() {
        long unit = newUnit();
        Disclosure first =
                service.storeNewRevision(
                        unit,
                        content(2023, List.of(), List.of()),
                        DisclosureStatus.PUBLISHED,
                        null);
        Disclosure second =
                service.storeNewRevision(
                        unit,
                        content(2023, List.of(), List.of()),
                        DisclosureStatus.PUBLISHED,
                        "更正：补充说明");
        Disclosure firstNow = disclosures.findById(first.id()).orElseThrow();
        assertEquals(DisclosureStatus.SUPERSEDED, firstNow.status());
        assertEquals(1, firstNow.revision());
        assertEquals(DisclosureStatus.PUBLISHED, second.status());
        assertEquals(2, second.revision());
        assertEquals(
                List.of(DisclosureStatus.SUPERSEDED, DisclosureStatus.PUBLISHED),
                disclosures
                        .findByUnitIdAndFiscalYearAndKindOrderByRevision(
                                unit, 2023, DisclosureKind.FINAL_ACCOUNTS)
                        .stream()
                        .map(Disclosure::status)
                        .toList());
    }

    @Test
    void databaseRefusesASecondLiveRevisionOfTheSameYear() {
        long unit = newUnit();
        service.storeNewRevision(
                unit, content(2023, List.of(), List.of()), DisclosureStatus.PUBLISHED, null);
        Disclosure rogue =
                Disclosure.create(
                        unit,
                        2023,
                        DisclosureKind.FINAL_ACCOUNTS,
                        7,
                        DisclosureStatus.PUBLISHED,
                        java.time.Instant.now(),
                        new Disclosure.Profile(null, null, null, null, null, null),
                        MoneyUnit.YUAN,
                        null);
        assertThrows(DataAccessException.class, () -> disclosures.save(rogue));
        // Another year of the same unit is a different live revision.
        assertEquals(
                DisclosureStatus.PUBLISHED,
                service.storeNewRevision(
                                unit,
                                content(2022, List.of(), List.of()),
                                DisclosureStatus.PUBLISHED,
                                null)
                        .status());
    }

    @Test
    void aUnitHoldsABudgetAndFinalAccountsForTheSameYearEachWithItsOwnRevisions() {
        long unit = newUnit();
        Disclosure accounts =
                service.storeNewRevision(
                        unit,
                        content(2023, List.of(), List.of()),
                        DisclosureStatus.PUBLISHED,
                        null);
        Disclosure budget =
                service.storeNewRevision(
                        unit,
                        content(2023, List.of(), List.of()).withKind(DisclosureKind.BUDGET),
                        DisclosureStatus.PUBLISHED,
                        null);
        assertEquals(DisclosureKind.BUDGET, budget.kind());
        assertEquals(1, budget.revision());
        assertEquals(
                DisclosureStatus.PUBLISHED,
                disclosures.findById(accounts.id()).orElseThrow().status());
        // a draft and a correction of the budget leave the final accounts alone
        Disclosure accountsDraft =
                service.storeNewRevision(
                        unit, content(2023, List.of(), List.of()), DisclosureStatus.DRAFT, null);
        service.storeNewRevision(
                unit,
                content(2023, List.of(), List.of()).withKind(DisclosureKind.BUDGET),
                DisclosureStatus.DRAFT,
                null);
        Disclosure corrected =
                service.storeNewRevision(
                        unit,
                        content(2023, List.of(), List.of()).withKind(DisclosureKind.BUDGET),
                        DisclosureStatus.PUBLISHED,
                        "更正：预算表");
        assertEquals(3, corrected.revision());
        assertEquals(
                DisclosureStatus.SUPERSEDED,
                disclosures.findById(budget.id()).orElseThrow().status());
        assertEquals(
                DisclosureStatus.PUBLISHED,
                disclosures.findById(accounts.id()).orElseThrow().status());
        assertEquals(
                DisclosureStatus.DRAFT,
                disclosures.findById(accountsDraft.id()).orElseThrow().status());
        assertEquals(
                List.of(
                        DisclosureStatus.SUPERSEDED,
                        DisclosureStatus.DRAFT,
                        DisclosureStatus.PUBLISHED),
                disclosures
                        .findByUnitIdAndFiscalYearAndKindOrderByRevision(
                                unit, 2023, DisclosureKind.BUDGET)
                        .stream()
                        .map(Disclosure::status)
                        .toList());
    }

    @Test
    void placesUnitsInTheNationalRegionList() {
        assertEquals("430281", regions.locate("醴陵市司法局").orElseThrow().code());
        assertEquals("150000", regions.locate("内蒙古自治区司法厅（本级）").orElseThrow().code());
        assertEquals(
                List.of("湖南省", "株洲市", "醴陵市"),
                regions.path("430281").stream().map(r -> r.name()).toList());
    }

    @Test
    void shipsTheClassificationCodesOfTheCodeList() {
        int[] counts =
                connections.executeRead(
                        status -> {
                            try (Statement s = status.getConnection().createStatement();
                                    ResultSet rs =
                                            s.executeQuery(
                                                    "SELECT COUNT(*), SUM(CASE WHEN code = '2040610' AND name = '社区矫正' THEN 1 ELSE 0 END) FROM classification_code")) {
                                assertTrue(rs.next());
                                return new int[] {rs.getInt(1), rs.getInt(2)};
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
        assertEquals(CodeList.standard().all().size(), counts[0]);
        assertEquals(1, counts[1]);
    }
}
