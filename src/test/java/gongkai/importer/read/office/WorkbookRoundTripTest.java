package gongkai.importer.read.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.ImportService;
import gongkai.importer.ParseResult;
import gongkai.importer.report.ImportReport;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * For every sample: publish it, download its XLSX over HTTP as a citizen would, import that
 * workbook, and get the same disclosure back, table by table, row by row, amount by amount.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class WorkbookRoundTripTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject ImportService imports;

    @Test
    void publicityCentreWorkbookImportsToTheSameAmounts() {
        roundTrip(Samples.NMG_PUBLICITY_CENTRE);
    }

    @Test
    void justiceDepartmentWorkbookImportsToTheSameAmounts() {
        roundTrip(Samples.NMG_JUSTICE_DEPARTMENT);
    }

    @Test
    void lilingBureauWorkbookImportsToTheSameAmounts() {
        roundTrip(Samples.LILING_JUSTICE_BUREAU);
    }

    private void roundTrip(String sample) {
        byte[] text = Samples.bytes(sample);
        ImportReport stored = imports.importDocument(sample, text, true);
        assertNotNull(stored.disclosureId(), () -> "sample imports: " + stored.toText());
        byte[] xlsx =
                http.toBlocking()
                        .retrieve(
                                HttpRequest.GET(
                                        "/disclosures/" + stored.disclosureId() + "/download.xlsx"),
                                byte[].class);

        ParseResult original = imports.parse(sample, text);
        ParseResult again = imports.parse("download.xlsx", xlsx);

        assertTrue(again.ok(), () -> "the workbook imports: " + again.report().toText());
        DisclosureContent want = original.disclosure();
        DisclosureContent got = again.disclosure();
        assertEquals(want.unitName(), got.unitName());
        assertEquals(want.fiscalYear(), got.fiscalYear());
        assertFalse(amounts(want).isEmpty(), "the sample has amounts to compare");
        List<String> expected = amounts(want);
        List<String> actual = amounts(got);
        List<String> lost = new ArrayList<>(expected);
        actual.forEach(lost::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        assertEquals(
                expected,
                actual,
                () -> "every table, every row, every amount; lost " + lost + ", extra " + extra);
    }

    /**
     * Every amount of every table as "table|side|code|行次|column=元", sorted: a multiset, so a row
     * lost or doubled shows as a difference.
     */
    static List<String> amounts(DisclosureContent d) {
        List<String> all = new ArrayList<>();
        for (DisclosureContent.Table t : d.tables()) {
            for (DisclosureContent.Row r : t.rows()) {
                // the code identifies a row; its printed name may differ (合计 / 本年收入合计)
                String row = t.kind() + "|" + r.side() + "|" + r.code() + "|" + r.lineNo();
                new TreeMap<>(r.amounts())
                        .forEach(
                                (column, value) ->
                                        all.add(
                                                row
                                                        + "|"
                                                        + column
                                                        + "="
                                                        + value.stripTrailingZeros()
                                                                .toPlainString()));
            }
        }
        all.sort(null);
        return all;
    }
}
