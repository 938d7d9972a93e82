package gongkai.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.RegionRef;
import gongkai.disclosure.DisclosureDocument.UnitRef;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.DocType;
import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The report-level fields every passage of a disclosure carries ({@link ReportFields}), field by
 * field: the search tests only see them through filters and facets that a report's other fields
 * would often satisfy as well. Written after mutation testing (issue 16): dropping any one of these
 * fields failed no test.
 */
class ReportFieldsDocumentTest {

    static final RegionRef LILING = new RegionRef("430281", "醴陵市", List.of("湖南省", "株洲市", "醴陵市"));

    static DisclosureDocument report(DisclosureKind kind, RegionRef region) {
        return new DisclosureDocument(
                7,
                new UnitRef(13, "醴陵市司法局", null, region),
                2023,
                kind,
                DisclosureStatus.PUBLISHED,
                1,
                null,
                new Disclosure.Profile(null, null, null, null, null, null),
                null,
                null,
                List.of(),
                List.of(),
                List.of());
    }

    private static ReportFields fields(DisclosureKind kind, RegionRef region) {
        return ReportFields.of(report(kind, region), ChineseAnalyzers.smart());
    }

    /** The string values of the named fields (indexed or stored). */
    static List<String> values(Document doc, String name) {
        return List.of(doc.getValues(name));
    }

    /** The numeric value of the single field of that name and Java type. */
    static long number(Document doc, String name, Class<? extends IndexableField> type) {
        List<IndexableField> found = new ArrayList<>();
        for (IndexableField f : doc.getFields(name)) {
            if (type.isInstance(f)) {
                found.add(f);
            }
        }
        assertEquals(1, found.size(), name + " " + type.getSimpleName());
        return found.get(0).numericValue().longValue();
    }

    /** Dimension → "key|label" of the facet fields, before FacetsConfig.build. */
    static Map<String, String> facets(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (IndexableField f : doc) {
            if (f instanceof SortedSetDocValuesFacetField facet) {
                assertNull(out.put(facet.dim, facet.label), "one value per dimension");
            }
        }
        return out;
    }

    static List<String> tokens(IndexableField field) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ((Field) field).tokenStreamValue()) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void everyPassageCarriesItsReportsIdTypeKindUnitAndRegionsAsExactTerms() {
        Document doc = fields(DisclosureKind.BUDGET, LILING).newDocument(DocType.LINE_ITEM);
        assertEquals(List.of("7"), values(doc, SearchFields.DISCLOSURE_ID));
        assertEquals(List.of("LINE_ITEM"), values(doc, SearchFields.TYPE));
        assertEquals(List.of("BUDGET"), values(doc, SearchFields.KIND));
        assertEquals(List.of("13"), values(doc, SearchFields.UNIT_ID));
        assertEquals(List.of("醴陵市司法局"), values(doc, SearchFields.UNIT_NAME));
        assertEquals(List.of("430000", "430200", "430281"), values(doc, SearchFields.REGION_CODE));
        for (String name :
                List.of(
                        SearchFields.DISCLOSURE_ID,
                        SearchFields.TYPE,
                        SearchFields.KIND,
                        SearchFields.UNIT_ID,
                        SearchFields.UNIT_NAME,
                        SearchFields.REGION_CODE)) {
            for (IndexableField f : doc.getFields(name)) {
                assertTrue(f instanceof StringField, name + " is one untokenised term");
            }
        }
    }

    @Test
    void theYearIsAPointForRangesAndADocValueForSortingAndTheIdADocValueForGrouping() {
        Document doc = fields(DisclosureKind.FINAL_ACCOUNTS, LILING).newDocument(DocType.SECTION);
        List<Integer> years = new ArrayList<>();
        for (IndexableField f : doc.getFields(SearchFields.YEAR)) {
            if (f instanceof IntPoint) {
                BytesRef b = f.binaryValue();
                years.add(IntPoint.decodeDimension(b.bytes, b.offset));
            }
        }
        assertEquals(List.of(2023), years);
        assertEquals(2023, number(doc, SearchFields.YEAR_SORT, NumericDocValuesField.class));
        assertEquals(7, number(doc, SearchFields.DISCLOSURE_ID_DV, NumericDocValuesField.class));
    }

    @Test
    void theContextFieldsHoldTheUnitAndItsRegionsNamesForBothAnalysers() throws IOException {
        ReportFields report = fields(DisclosureKind.FINAL_ACCOUNTS, LILING);
        assertEquals("醴陵市司法局 湖南省 株洲市 醴陵市", report.context());
        Document doc = report.newDocument(DocType.SECTION);
        assertEquals(List.of(report.context()), values(doc, SearchFields.CONTEXT_BIGRAM));
        assertEquals(
                report.contextWords().terms(), tokens(doc.getField(SearchFields.CONTEXT_SMART)));
        assertTrue(
                report.contextWords().terms().contains("湖南省"),
                report.contextWords().terms().toString());
    }

    @Test
    void aRegionNamedLikeItsParentIsNamedOnceInTheContext() {
        RegionRef dongcheng = new RegionRef("110101", "东城区", List.of("北京市"));
        ReportFields report = fields(DisclosureKind.FINAL_ACCOUNTS, dongcheng);
        assertEquals("醴陵市司法局 北京市", report.context());
        assertEquals("北京市", report.regionDisplay());
    }

    @Test
    void facetsGiveYearKindUnitTypeProvinceAndCityWithTheirLabels() {
        Document doc = fields(DisclosureKind.BUDGET, LILING).newDocument(DocType.PROJECT);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(SearchFields.FACET_YEAR, "2023|2023年");
        expected.put(SearchFields.FACET_KIND, "BUDGET|预算");
        expected.put(SearchFields.FACET_UNIT, "13|醴陵市司法局");
        expected.put(SearchFields.FACET_TYPE, "PROJECT|绩效项目");
        expected.put(SearchFields.FACET_PROVINCE, "430000|湖南省");
        expected.put(SearchFields.FACET_CITY, "430200|株洲市");
        assertEquals(expected, facets(doc));
    }

    @Test
    void aProvinceLevelReportHasAProvinceFacetButNoCityAndNoRegionNoRegionFacet() {
        RegionRef province = new RegionRef("150000", "内蒙古自治区", List.of("内蒙古自治区"));
        Map<String, String> provinceOnly =
                facets(
                        fields(DisclosureKind.FINAL_ACCOUNTS, province)
                                .newDocument(DocType.SECTION));
        assertEquals("150000|内蒙古自治区", provinceOnly.get(SearchFields.FACET_PROVINCE));
        assertFalse(provinceOnly.containsKey(SearchFields.FACET_CITY), provinceOnly.toString());

        ReportFields none = fields(DisclosureKind.FINAL_ACCOUNTS, null);
        Document doc = none.newDocument(DocType.SECTION);
        Map<String, String> noRegion = facets(doc);
        assertFalse(noRegion.containsKey(SearchFields.FACET_PROVINCE), noRegion.toString());
        assertFalse(noRegion.containsKey(SearchFields.FACET_CITY), noRegion.toString());
        assertEquals(List.of(), values(doc, SearchFields.REGION_CODE));
        assertEquals(List.of(""), values(doc, SearchFields.S_REGION));
        assertEquals("醴陵市司法局", none.context());
    }

    @Test
    void theStoredFieldsAreWhatAHitShows() {
        Document doc = fields(DisclosureKind.BUDGET, LILING).newDocument(DocType.LINE_ITEM);
        assertEquals(7, number(doc, SearchFields.S_DISCLOSURE_ID, StoredField.class));
        assertEquals(List.of("LINE_ITEM"), values(doc, SearchFields.S_TYPE));
        assertEquals(List.of("BUDGET"), values(doc, SearchFields.S_KIND));
        assertEquals(List.of("醴陵市司法局"), values(doc, SearchFields.S_UNIT));
        assertEquals(List.of("湖南省 / 株洲市 / 醴陵市"), values(doc, SearchFields.S_REGION));
        assertEquals(2023, number(doc, SearchFields.S_YEAR, StoredField.class));
        for (String name :
                List.of(
                        SearchFields.S_DISCLOSURE_ID,
                        SearchFields.S_TYPE,
                        SearchFields.S_KIND,
                        SearchFields.S_UNIT,
                        SearchFields.S_REGION,
                        SearchFields.S_YEAR)) {
            assertTrue(doc.getField(name).fieldType().stored(), name + " is stored");
        }
    }

    @Test
    void aReportWithoutKindIsFinalAccountsAndARegionWithoutPathShowsItsName() {
        ReportFields report = fields(null, new RegionRef("430281", "醴陵市", List.of()));
        assertEquals(DisclosureKind.FINAL_ACCOUNTS, report.kind());
        assertEquals("醴陵市", report.regionDisplay());
        assertEquals("醴陵市", fields(null, new RegionRef("430281", "醴陵市", null)).regionDisplay());
        assertEquals("", fields(null, new RegionRef("430281", null, null)).regionDisplay());
        assertEquals(7, report.disclosureId());
        assertEquals(13, report.unitId());
        assertEquals("醴陵市司法局", report.unitName());
        assertEquals(2023, report.year());
    }

    @Test
    void thePassagesDisplayFieldsAreItsTitleCodeAndAmountWithTheAmountInFenForSorting() {
        ReportFields report = fields(DisclosureKind.FINAL_ACCOUNTS, LILING);
        Document row = new Document();
        report.display(row, "社区矫正", "2040610", new BigDecimal("1.2345E+3"));
        assertEquals(List.of("社区矫正"), values(row, SearchFields.S_TITLE));
        assertEquals(List.of("2040610"), values(row, SearchFields.S_CODE));
        assertEquals(List.of("1234.5"), values(row, SearchFields.S_AMOUNT));
        assertEquals(123450, number(row, SearchFields.AMOUNT_SORT, NumericDocValuesField.class));

        Document halfFen = new Document();
        report.display(halfFen, "零头", null, new BigDecimal("0.005"));
        assertEquals(1, number(halfFen, SearchFields.AMOUNT_SORT, NumericDocValuesField.class));
        assertEquals(List.of(), values(halfFen, SearchFields.S_CODE));

        Document section = new Document();
        report.display(section, "部门职责", null, null);
        assertEquals(List.of("部门职责"), values(section, SearchFields.S_TITLE));
        assertEquals(List.of(), values(section, SearchFields.S_AMOUNT));
        assertNull(section.getField(SearchFields.AMOUNT_SORT));
    }
}
