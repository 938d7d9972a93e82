package gongkai.search.query;

import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts from the SortedSetDocValues that Lucene's facet module writes ({@code $facets}, no
 * taxonomy index: one index directory stays one directory, which keeps the atomic swap of a rebuilt
 * index simple), counted our own way because it is the largest cost of a search at scale.
 *
 * <p>Year, province, city and unit are the same for every passage of a report, and a frequent word
 * matches 100,000 passages of 15,000 reports. So each segment gets a table, built once per segment
 * (segments never change, only get merged away): the runs of documents that make up each report,
 * the report-level ordinals of every slot, and which of the few type/类 combinations every document
 * has. Counting then adds one to the passage's report and to its combination, and spreads the
 * totals over their ordinals at the end — instead of decoding six ordinals per passage, which took
 * 35–42% of the portal's CPU under 8 clients at 15,000 reports. The counts and their order are
 * those of Lucene's {@code SortedSetDocValuesFacetCounts} ({@code FacetReaderTest} compares them).
 */
final class FacetReader {

    /** Values shown per dimension; years and regions stay well below, units may not. */
    static final int TOP_N = 30;

    private final FacetsConfig config;
    private final AtomicReference<Cached> cache = new AtomicReference<>();
    private final Map<IndexReader.CacheKey, FacetTable> tables = new ConcurrentHashMap<>();

    private record Cached(IndexReader.CacheKey key, SortedSetDocValuesReaderState state) {}

    FacetReader(FacetsConfig config) {
        this.config = config;
    }

    /**
     * Builds what counting needs for this reader ahead of its first search (called when a searcher
     * opens).
     */
    void warm(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState state = state(reader);
        if (state != null) {
            for (LeafReaderContext leaf : reader.leaves()) {
                table(leaf.reader(), state.getField());
            }
        }
    }

    Map<String, List<FacetCount>> counts(IndexReader reader, FacetsCollector collector)
            throws IOException {
        SortedSetDocValuesReaderState state = state(reader);
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        SortedSetDocValues global = state.getDocValues();
        int[] counts = new int[(int) global.getValueCount()];
        for (FacetsCollector.MatchingDocs hits : collector.getMatchingDocs()) {
            if (hits.totalHits > 0) {
                count(
                        hits,
                        table(hits.context.reader(), state.getField()),
                        toGlobal(global, hits.context.ord),
                        counts);
            }
        }
        for (String dim : SearchFields.FACET_DIMS) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            List<FacetCount> values =
                    range == null ? new ArrayList<>() : top(global, range, counts);
            if (dim.equals(SearchFields.FACET_YEAR)) {
                values.sort(
                        Comparator.comparing(FacetCount::value).reversed()); // newest year first
            }
            out.put(dim, values);
        }
        return out;
    }

    private static void count(
            FacetsCollector.MatchingDocs hits, FacetTable t, LongValues toGlobal, int[] counts)
            throws IOException {
        if (t == null) {
            return;
        }
        int[] slotFirstDoc = t.slotFirstDoc();
        short[] docCombo = t.docCombo();
        int[] perSlot = new int[slotFirstDoc.length - 1];
        int[] perCombo = new int[t.comboStart().length - 1];
        DocIdSetIterator docs = hits.bits.iterator();
        int slot = 0;
        // Hits come in document order and slots are runs of documents: a cursor, no per-document
        // lookup.
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            while (doc >= slotFirstDoc[slot + 1]) {
                slot++;
            }
            perSlot[slot]++;
            perCombo[docCombo[doc]]++;
        }
        spread(perSlot, t.slotStart(), t.slotOrds(), toGlobal, counts);
        spread(perCombo, t.comboStart(), t.comboOrds(), toGlobal, counts);
    }

    /** Adds each group's hit count to every ordinal of the group. */
    private static void spread(
            int[] perGroup, int[] start, int[] ords, LongValues toGlobal, int[] counts) {
        for (int g = 0; g < perGroup.length; g++) {
            int n = perGroup[g];
            if (n > 0) {
                for (int i = start[g]; i < start[g + 1]; i++) {
                    counts[(int) toGlobal.get(ords[i])] += n;
                }
            }
        }
    }

    /**
     * The dimension's non-zero values, most frequent first, ties in label order, at most {@link
     * #TOP_N}.
     */
    private static List<FacetCount> top(
            SortedSetDocValues global, SortedSetDocValuesReaderState.OrdRange range, int[] counts)
            throws IOException {
        List<Integer> ords = new ArrayList<>();
        for (int ord = range.start; ord <= range.end; ord++) {
            if (counts[ord] > 0) {
                ords.add(ord);
            }
        }
        ords.sort(
                Comparator.<Integer>comparingInt(o -> counts[o])
                        .reversed()
                        .thenComparingInt(o -> o));
        List<FacetCount> values = new ArrayList<>();
        for (int ord : ords.subList(0, Math.min(TOP_N, ords.size()))) {
            String path = global.lookupOrd(ord).utf8ToString();
            String label = path.substring(path.indexOf(FacetsConfig.DELIM_CHAR) + 1);
            String[] parts = label.split("\\|", 2);
            values.add(
                    new FacetCount(parts[0], parts.length > 1 ? parts[1] : parts[0], counts[ord]));
        }
        return values;
    }

    private static LongValues toGlobal(SortedSetDocValues global, int leafOrd) {
        if (global instanceof MultiDocValues.MultiSortedSetDocValues multi) {
            return multi.mapping.getGlobalOrds(leafOrd);
        }
        return LongValues.IDENTITY; // one segment: its ordinals are the global ones
    }

    private FacetTable table(LeafReader leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        if (helper == null) {
            return FacetTable.build(leaf, field);
        }
        FacetTable t = tables.get(helper.getKey());
        if (t == null) {
            t = FacetTable.build(leaf, field);
            if (t != null && tables.putIfAbsent(helper.getKey(), t) == null) {
                helper.addClosedListener(tables::remove); // merged away: forget it
            }
        }
        return t;
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        IndexReader.CacheKey key = helper == null ? null : helper.getKey();
        Cached cached = cache.get();
        if (cached != null && key != null && cached.key() == key) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException e) {
            return null; // no facet field indexed yet (empty index)
        }
        if (key != null) {
            cache.set(new Cached(key, state));
        }
        return state;
    }
}
