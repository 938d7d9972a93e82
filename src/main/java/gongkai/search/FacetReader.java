package gongkai.search;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Facet counts from SortedSetDocValues (Lucene's facet module, no taxonomy index: one index
 * directory stays one directory, which keeps the atomic swap of a rebuilt index simple). The reader
 * state (global ordinals) is built once per refreshed reader and cached; counting then costs one
 * doc-values lookup per matching document, which the collector visits anyway.
 */
final class FacetReader {

    /** Values shown per dimension; years and regions stay well below, units may not. */
    static final int TOP_N = 30;

    private final FacetsConfig config;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    private record Cached(IndexReader.CacheKey key, SortedSetDocValuesReaderState state) {
    }

    FacetReader(FacetsConfig config) {
        this.config = config;
    }

    Map<String, List<FacetCount>> counts(IndexReader reader, FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = state(reader);
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : SearchFields.FACET_DIMS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult result;
            try {
                result = counts.getTopChildren(TOP_N, dim);
            } catch (IllegalArgumentException e) {
                result = null; // dimension not present in this index yet
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    String[] parts = lv.label.split("\\|", 2);
                    values.add(new FacetCount(parts[0], parts.length > 1 ? parts[1] : parts[0], lv.value.longValue()));
                }
            }
            if (dim.equals(SearchFields.FACET_YEAR)) {
                values.sort(Comparator.comparing(FacetCount::value).reversed()); // newest year first
            }
            out.put(dim, values);
        }
        return out;
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
