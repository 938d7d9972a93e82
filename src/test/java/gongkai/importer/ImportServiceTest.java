package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.StandardTable;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Import end to end: document bytes in, a stored disclosure (or nothing at all) out. */
@MicronautTest(transactional = false, startApplication = false)
class ImportServiceTest {

    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    private DisclosureDocument importAndRead(String sample, boolean publish) {
        ImportReport report = imports.importDocument(sample, Samples.bytes(sample), publish);
        assertFalse(report.failed(), report.toText());
        assertNotNull(report.disclosureId());
        return catalog.document(report.disclosureId()).orElseThrow();
    }

    private static BigDecimal amount(
            DisclosureDocument d, StandardTable table, String code, String column) {
        return d.tables().stream()
                .filter(t -> t.kind() == table)
                .findFirst()
                .orElseThrow()
                .rows()
                .stream()
                .filter(r -> code.equals(r.code()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(table + " has no row " + code))
                .amounts()
                .get(column);
    }

    @Test
    void storesTheLilingBureauWithExactAmountsInYuan() {
        DisclosureDocument d = importAndRead(Samples.LILING_JUSTICE_BUREAU, true);
        assertEquals("醴陵市司法局", d.unit().name());
        assertEquals("430281", d.unit().region().code());
        assertEquals(List.of("湖南省", "株洲市", "醴陵市"), d.unit().region().path());
        assertEquals(2023, d.fiscalYear());
        assertEquals(DisclosureStatus.PUBLISHED, d.status());
        assertEquals(new BigDecimal("120000.00"), amount(d, StandardTable.G02, "2040610", "total"));
        assertEquals(new BigDecimal("120000.00"), amount(d, StandardTable.G03, "2040610", "total"));
        assertEquals(new BigDecimal("810429.23"), amount(d, StandardTable.G06, "302", "amount"));
        assertEquals(
                new BigDecimal("70000.00"),
                d.tables().stream()
                        .filter(t -> t.kind() == StandardTable.G09)
                        .findFirst()
                        .orElseThrow()
                        .rows()
                        .get(0)
                        .amounts()
                        .get("actual_total"));
    }

    @Test
    void storesTheInnerMongoliaDepartmentWithItsProjectsAndProseItems() {
        DisclosureDocument d = importAndRead(Samples.NMG_JUSTICE_DEPARTMENT, true);
        assertEquals("150000", d.unit().region().code());
        DisclosureDocument.ProjectView law =
                d.projects().stream()
                        .filter(p -> p.name().equals("普法专项经费"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(new BigDecimal("8927700.00"), law.annualBudget());
        assertEquals(new BigDecimal("8921300.00"), law.executed());
        assertEquals(0, new BigDecimal("98.25").compareTo(law.totalScore()));
        assertEquals(20, law.indicators().size());
        assertNotNull(law.summary());
        assertEquals(
                new BigDecimal("780000.00"), amount(d, StandardTable.PROSE, "2040610", "budget"));
        assertEquals(
                new BigDecimal("780000.00"), amount(d, StandardTable.PROSE, "2040610", "actual"));
    }

    @Test
    void importingTheSameUnitAndYearAgainSupersedesThePublishedRevision() {
        DisclosureDocument first = importAndRead(Samples.NMG_PUBLICITY_CENTRE, true);
        DisclosureDocument second = importAndRead(Samples.NMG_PUBLICITY_CENTRE, true);
        assertEquals(first.revision() + 1, second.revision());
        assertEquals(
                DisclosureStatus.SUPERSEDED, catalog.document(first.id()).orElseThrow().status());
        assertEquals(DisclosureStatus.PUBLISHED, second.status());
        assertEquals(first.sections(), second.sections());
    }

    @Test
    void importsADraftWhenNotAskedToPublish() {
        assertEquals(
                DisclosureStatus.DRAFT,
                importAndRead(Samples.LILING_JUSTICE_BUREAU, false).status());
    }

    @Test
    void storesNothingForBinaryEmptyOrUnrecognisableInput() {
        long before = catalog.totalCount();
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        for (byte[] input :
                List.of(
                        new byte[0],
                        binary,
                        "你好，世界".getBytes(StandardCharsets.UTF_8),
                        "\t\t\n\n   \n".getBytes(StandardCharsets.UTF_8))) {
            ImportReport report = imports.importDocument("bad.txt", input, true);
            assertTrue(report.failed(), report.toText());
            assertNull(report.disclosureId());
        }
        assertEquals(before, catalog.totalCount());
    }

    @Test
    void truncatedDocumentsAreStoredWholeOrNotAtAll() {
        byte[] full = Samples.bytes(Samples.LILING_JUSTICE_BUREAU);
        Random random = new Random(42);
        for (int i = 0; i < 15; i++) {
            byte[] cut = Arrays.copyOf(full, random.nextInt(full.length));
            long before = catalog.totalCount();
            ImportReport report = imports.importDocument("cut-" + i + ".txt", cut, false);
            if (report.failed()) {
                assertEquals(before, catalog.totalCount(), report.toText());
            } else {
                DisclosureDocument stored = catalog.document(report.disclosureId()).orElseThrow();
                assertEquals(report.counts().sections(), stored.sections().size());
                assertEquals(
                        report.counts().lineItems(),
                        stored.tables().stream().mapToInt(t -> t.rows().size()).sum());
            }
        }
    }

    @Inject gongkai.unit.UnitService units;

    @Test
    void aDocumentWithoutAUnitNameIsTheImportingEditorsUnit() {
        imports.importDocument("004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), false);
        long unitId = units.byName("醴陵市司法局").get(0).id();
        byte[] anonymous =
                String.join("\n", "2019年度部门决算", "第一部分 部门概况", "一、部门职责", "负责全市的法治宣传教育和人民调解工作。", "")
                        .getBytes(StandardCharsets.UTF_8);
        ImportReport refused = imports.importDocument("a.txt", anonymous, false);
        assertTrue(refused.failed(), refused.toText());

        ImportReport report = imports.importDocument("a.txt", anonymous, false, unitId);
        assertFalse(report.failed(), report.toText());
        assertEquals("醴陵市司法局", report.unitName());
        assertEquals(2019, report.fiscalYear());
        assertTrue(report.toText().contains("按导入人所在单位「醴陵市司法局」导入"), report.toText());
        assertEquals(unitId, catalog.document(report.disclosureId()).orElseThrow().unit().id());
    }
}
