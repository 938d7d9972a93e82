package gongkai.search.query;

import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Keeps one report from flooding a page (relevance order only). The ranked window is re-ordered in
 * rounds: round 0 holds the best {@value #PER_REPORT} hits of every report, round 1 the next
 * {@value #PER_REPORT}, and so on, each round in relevance order. Nothing is dropped, the total
 * stays exact and pages stay consistent (pages are read only from the part of a window that a
 * larger one orders alike, {@link Regrouped#settled}), yet a long report with 40 matching
 * paragraphs shows its best three on the first page next to the other reports' best.
 *
 * <p>Work is bounded by the window (≤ {@link SearchQuery#MAX_WINDOW} hits): one doc-values read per
 * hit, in doc-id order per segment.
 */
final class ReportGrouping {

    static final int PER_REPORT = 3;

    private ReportGrouping() {}

    /**
     * hits: the window in its new order. settled: how many of them (round 0) a larger window puts
     * first in the same order. Whether a hit is among its report's best three depends only on the
     * hits ranked above it, so a larger window adds round-0 hits only below all of these.
     */
    record Regrouped(ScoreDoc[] hits, int settled) {}

    static Regrouped regroup(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        long[] reports = disclosureIds(searcher, ranked);
        Map<Long, Integer> seen = new HashMap<>();
        Integer[] order = new Integer[ranked.length];
        int[] round = new int[ranked.length];
        int firstRound = 0;
        for (int i = 0; i < ranked.length; i++) {
            int n = seen.merge(reports[i], 1, Integer::sum) - 1;
            round[i] = n / PER_REPORT;
            order[i] = i;
            if (round[i] == 0) {
                firstRound++;
            }
        }
        Arrays.sort(
                order, Comparator.<Integer>comparingInt(i -> round[i]).thenComparingInt(i -> i));
        ScoreDoc[] out = new ScoreDoc[ranked.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = ranked[order[i]];
        }
        return new Regrouped(out, firstRound);
    }

    /** The disclosure id of each hit, read from doc values in increasing doc order per segment. */
    static long[] disclosureIds(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        long[] ids = new long[hits.length];
        int currentLeaf = -1;
        NumericDocValues values = null;
        LeafReaderContext leaf = null;
        for (int idx : byDoc) {
            int doc = hits[idx].doc;
            int leafIndex = ReaderUtil.subIndex(doc, leaves);
            if (leafIndex != currentLeaf) {
                currentLeaf = leafIndex;
                leaf = leaves.get(leafIndex);
                values = leaf.reader().getNumericDocValues(SearchFields.DISCLOSURE_ID_DV);
            }
            int local = doc - leaf.docBase;
            ids[idx] = values != null && values.advanceExact(local) ? values.longValue() : -1L;
        }
        return ids;
    }
}
