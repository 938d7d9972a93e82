package gongkai.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.search.TestDocuments;
import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.DocType;
import gongkai.search.analysis.SearchFields;
import gongkai.search.index.DocumentMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Facet counts ({@link FacetReader}, {@link FacetTable}) on small in-memory indexes with exact
 * expected figures: the limit of values per dimension, the order of ties and of years, a query that
 * matches part of a report, segments, and a report replaced before a flush. {@code FacetReaderTest}
 * compares with Lucene's own counting over the sample reports, where no dimension reaches the limit
 * and ties are rare. Written after mutation testing (issue 16).
 */
class FacetCountingTest {

    private final DocumentMapper mapper = new DocumentMapper(SearchFields.facetsConfig());

    private static DisclosureDocument report(
            long id, long unitId, String unitName, int year, int sections, TableView... tables) {
        List<SectionView> s = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            s.add(TestDocuments.section("第" + i + "节", "社区矫正工作"));
        }
        return TestDocuments.document(
                id, unitId, unitName, TestDocuments.LILING, year, s, List.of(tables), List.of());
    }

    /** Each inner list is one segment; every report is one block, replacing one of the same id. */
    private Map<String, List<FacetCount>> counts(Query q, List<List<DisclosureDocument>> segments)
            throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config =
                    new IndexWriterConfig(ChineseAnalyzers.perField())
                            .setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (List<DisclosureDocument> segment : segments) {
                    for (DisclosureDocument d : segment) {
                        w.updateDocuments(
                                new Term(SearchFields.DISCLOSURE_ID, Long.toString(d.id())),
                                mapper.map(d));
                    }
                    w.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(segments.size(), reader.leaves().size(), "segments");
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetReader facets = new FacetReader(SearchFields.facetsConfig());
                facets.warm(reader);
                FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
                Map<String, List<FacetCount>> first = facets.counts(reader, fc);
                assertEquals(first, facets.counts(reader, fc), "the same when counted again");
                assertEquals(
                        first,
                        new FacetReader(SearchFields.facetsConfig()).counts(reader, fc),
                        "the same without warming");
                return first;
            }
        }
    }

    private static List<String> shown(List<FacetCount> values) {
        return values.stream().map(v -> v.value() + " " + v.label() + " " + v.count()).toList();
    }

    @Test
    void atMostThirtyValuesMostFrequentFirstTiesInValueOrderAndYearsNewestFirst()
            throws IOException {
        List<DisclosureDocument> reports = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            int year = i % 3 == 0 ? 2023 : i % 3 == 1 ? 2022 : 2021;
            reports.add(report(i + 1, 100 + i, "单位" + i, year, i == 5 ? 3 : 1));
        }
        Map<String, List<FacetCount>> counts =
                counts(
                        new MatchAllDocsQuery(),
                        List.of(reports.subList(0, 16), reports.subList(16, 31)));
        List<String> units = shown(counts.get(SearchFields.FACET_UNIT));
        assertEquals(FacetReader.TOP_N, units.size());
        assertEquals("105 单位5 3", units.get(0));
        assertEquals("100 单位0 1", units.get(1));
        assertEquals("129 单位29 1", units.get(29)); // 130 is the 31st value: left out
        // Passages: 11 reports of 2023, 10 of 2022, 10 of 2021 (one with three passages).
        assertEquals(
                List.of("2023 2023年 11", "2022 2022年 10", "2021 2021年 12"),
                shown(counts.get(SearchFields.FACET_YEAR)));
        assertEquals(List.of("430000 湖南省 33"), shown(counts.get(SearchFields.FACET_PROVINCE)));
        assertEquals(SearchFields.FACET_DIMS, List.copyOf(counts.keySet()));
    }

    @Test
    void onlyTheMatchingPassagesOfAReportAreCounted() throws IOException {
        TableView table =
                TestDocuments.expenditure(
                        TestDocuments.functional("2040610", "社区矫正", "10"),
                        TestDocuments.functional("2080505", "养老保险缴费", "5"),
                        TestDocuments.functional("2040605", "普法宣传", "4"));
        Map<String, List<FacetCount>> counts =
                counts(
                        new TermQuery(new Term(SearchFields.TYPE, DocType.LINE_ITEM.name())),
                        List.of(
                                List.of(report(1, 11, "甲局", 2023, 2, table)),
                                List.of(report(2, 12, "乙局", 2022, 1, table))));
        assertEquals(List.of("LINE_ITEM 表格科目 6"), shown(counts.get(SearchFields.FACET_TYPE)));
        assertEquals(
                List.of("204 公共安全支出 4", "208 社会保障和就业支出 2"),
                shown(counts.get(SearchFields.FACET_CLASS)));
        assertEquals(List.of("11 甲局 3", "12 乙局 3"), shown(counts.get(SearchFields.FACET_UNIT)));
        assertEquals(
                List.of("2023 2023年 3", "2022 2022年 3"),
                shown(counts.get(SearchFields.FACET_YEAR)));
        assertEquals(List.of("FINAL_ACCOUNTS 决算 6"), shown(counts.get(SearchFields.FACET_KIND)));
    }

    @Test
    void aReportReplacedInTheSameSegmentCountsOnlyWithItsNewValues() throws IOException {
        Map<String, List<FacetCount>> counts =
                counts(
                        new MatchAllDocsQuery(),
                        List.of(
                                List.of(
                                        report(1, 11, "旧名", 2023, 2),
                                        report(2, 12, "乙局", 2023, 1),
                                        report(1, 11, "新名", 2023, 3),
                                        report(3, 13, "丙局", 2022, 1))));
        assertEquals(
                List.of("11 新名 3", "12 乙局 1", "13 丙局 1"),
                shown(counts.get(SearchFields.FACET_UNIT)));
        assertEquals(
                List.of("2023 2023年 4", "2022 2022年 1"),
                shown(counts.get(SearchFields.FACET_YEAR)));
        // Replaced right after itself: the old, deleted block directly precedes the new one.
        Map<String, List<FacetCount>> adjacent =
                counts(
                        new MatchAllDocsQuery(),
                        List.of(
                                List.of(
                                        report(1, 11, "旧名", 2023, 2),
                                        report(1, 11, "新名", 2023, 3),
                                        report(2, 12, "乙局", 2023, 1))));
        assertEquals(List.of("11 新名 3", "12 乙局 1"), shown(adjacent.get(SearchFields.FACET_UNIT)));
    }

    @Test
    void aLabelWithoutAKeyIsItsOwnValueAndAnIndexWithoutFacetsHasNoCounts() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            FacetsConfig config = SearchFields.facetsConfig();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                w.commit();
            }
            try (DirectoryReader empty = DirectoryReader.open(dir)) {
                FacetsCollector fc =
                        new IndexSearcher(empty)
                                .search(new MatchAllDocsQuery(), new FacetsCollectorManager());
                assertEquals(Map.of(), new FacetReader(config).counts(empty, fc));
            }
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                Document doc = new Document();
                doc.add(new NumericDocValuesField(SearchFields.DISCLOSURE_ID_DV, 1));
                doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_UNIT, "无键单位"));
                w.addDocument(config.build(doc));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                FacetsCollector fc =
                        new IndexSearcher(reader)
                                .search(new MatchAllDocsQuery(), new FacetsCollectorManager());
                Map<String, List<FacetCount>> counts = new FacetReader(config).counts(reader, fc);
                assertEquals(List.of("无键单位 无键单位 1"), shown(counts.get(SearchFields.FACET_UNIT)));
                assertEquals(List.of(), counts.get(SearchFields.FACET_YEAR));
            }
        }
    }
}
