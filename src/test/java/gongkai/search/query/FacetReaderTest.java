package gongkai.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureDocument;
import gongkai.search.SearchIndex;
import gongkai.search.SeedTextCorpus;
import gongkai.search.TestDocuments;
import gongkai.search.analysis.DocType;
import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetReaderTest {

    @Test
    void countsEqualLuceneFacetCountsOverSeveralSegmentsAndAReportIndexedTwice(@TempDir Path dir)
            throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            for (DisclosureDocument d : TestDocuments.corpus()) {
                index.writer().upsert(d);
            }
            index.writer().commit(1);
            for (DisclosureDocument d : SeedTextCorpus.load()) {
                index.writer().upsert(d);
            }
            index.writer().commit(2);
            // Renamed twice before one commit: the old block, deleted, shares the new block's
            // segment.
            DisclosureDocument department = TestDocuments.corpus().get(1);
            for (String name : List.of("内蒙古自治区司法厅（旧名）", "内蒙古自治区司法厅（新名）")) {
                index.writer()
                        .upsert(
                                TestDocuments.document(
                                        department.id(),
                                        12,
                                        name,
                                        TestDocuments.INNER_MONGOLIA,
                                        2023,
                                        department.sections(),
                                        department.tables(),
                                        department.projects()));
            }
            index.writer().commit(3);
            index.withSearcher(
                    searcher -> {
                        assertTrue(
                                searcher.getIndexReader().leaves().size() > 1, "several segments");
                        List<Query> queries =
                                List.of(
                                        new MatchAllDocsQuery(),
                                        new TermQuery(new Term(SearchFields.BODY_BIGRAM, "社区")),
                                        new TermQuery(
                                                new Term(
                                                        SearchFields.TYPE,
                                                        DocType.LINE_ITEM.name())),
                                        new TermQuery(new Term(SearchFields.BODY_BIGRAM, "量子")));
                        for (Query q : queries) {
                            FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
                            assertEquals(
                                    lucene(searcher, fc),
                                    new FacetReader(SearchFields.facetsConfig())
                                            .counts(searcher.getIndexReader(), fc),
                                    q.toString());
                        }
                        FacetsCollector all =
                                searcher.search(
                                        new MatchAllDocsQuery(), new FacetsCollectorManager());
                        List<FacetCount> units =
                                new FacetReader(SearchFields.facetsConfig())
                                        .counts(searcher.getIndexReader(), all)
                                        .get(SearchFields.FACET_UNIT);
                        assertTrue(
                                units.stream().anyMatch(u -> u.label().equals("内蒙古自治区司法厅（新名）")),
                                units.toString());
                        assertTrue(
                                units.stream().noneMatch(u -> u.label().equals("内蒙古自治区司法厅（旧名）")),
                                units.toString());
                        return null;
                    });
        }
    }

    /** What Lucene's own facet counting gives, in the shape FacetReader returns. */
    private static Map<String, List<FacetCount>> lucene(IndexSearcher searcher, FacetsCollector fc)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        SortedSetDocValuesFacetCounts counts =
                new SortedSetDocValuesFacetCounts(
                        new DefaultSortedSetDocValuesReaderState(
                                reader, SearchFields.facetsConfig()),
                        fc);
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : SearchFields.FACET_DIMS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult result = counts.getTopChildren(FacetReader.TOP_N, dim);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    String[] parts = lv.label.split("\\|", 2);
                    values.add(
                            new FacetCount(
                                    parts[0],
                                    parts.length > 1 ? parts[1] : parts[0],
                                    lv.value.longValue()));
                }
            }
            if (dim.equals(SearchFields.FACET_YEAR)) {
                values.sort(Comparator.comparing(FacetCount::value).reversed());
            }
            out.put(dim, values);
        }
        return out;
    }
}
