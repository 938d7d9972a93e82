package gongkai.search.query;

import gongkai.search.analysis.DocType;
import gongkai.search.analysis.RowTitles;
import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
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
 * <p>Before the rounds, copies of one fact (a row of one report stating the same code and amount as
 * a better-ranked row of another of its tables) join that row ({@link #collapseCopies}): a page
 * shows the fact once with its copies, and the total counts it once.
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

    static Regrouped regroup(IndexSearcher searcher, ScoreDoc[] window) throws IOException {
        ScoreDoc[] ranked = collapseCopies(searcher, window);
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

    /**
     * A hit standing for one fact: the best-ranked row, with the other rows of its report that
     * state the same code (or row name) and amount in other tables (公开02, 05, the narrative), best
     * first.
     */
    static final class FactDoc extends ScoreDoc {
        final int[] copies;

        FactDoc(ScoreDoc head, int[] copies) {
            super(head.doc, head.score, head.shardIndex);
            this.copies = copies;
        }
    }

    /**
     * One entry per fact, before rounds and pages, so that copies of a fact never land on another
     * page than their card ({@link FactCards} shows them as "亦见于"). Only rows of one report with
     * the same amount are candidates (doc values); their type, code and title are read for those
     * few alone. The best-ranked copy stands for the fact, so whether a hit is a fact of its own
     * depends only on hits ranked above it and a larger window collapses the same way.
     */
    static ScoreDoc[] collapseCopies(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        long[] reports = disclosureIds(searcher, ranked);
        long[] cents = longValues(searcher, ranked, SearchFields.AMOUNT_SORT, Long.MIN_VALUE);
        Map<List<Long>, List<Integer>> sameAmount = new LinkedHashMap<>();
        for (int i = 0; i < ranked.length; i++) {
            if (cents[i] != Long.MIN_VALUE) {
                sameAmount
                        .computeIfAbsent(List.of(reports[i], cents[i]), k -> new ArrayList<>())
                        .add(i);
            }
        }
        int[] headOf = new int[ranked.length];
        Arrays.fill(headOf, -1);
        StoredFields stored = null;
        for (List<Integer> group : sameAmount.values()) {
            if (group.size() < 2) {
                continue;
            }
            stored = stored == null ? searcher.storedFields() : stored;
            Map<String, Integer> heads = new HashMap<>();
            for (int i : group) {
                Document d = stored.document(ranked[i].doc, FACT_FIELDS);
                if (!DocType.LINE_ITEM.name().equals(d.get(SearchFields.S_TYPE))) {
                    continue;
                }
                String code = d.get(SearchFields.S_CODE);
                String what = code != null ? code : RowTitles.rowName(d.get(SearchFields.S_TITLE));
                Integer head = heads.putIfAbsent(what, i);
                if (head != null) {
                    headOf[i] = head;
                }
            }
        }
        Map<Integer, List<Integer>> copies = new HashMap<>();
        for (int i = 0; i < ranked.length; i++) {
            if (headOf[i] >= 0) {
                copies.computeIfAbsent(headOf[i], k -> new ArrayList<>()).add(ranked[i].doc);
            }
        }
        if (copies.isEmpty()) {
            return ranked;
        }
        List<ScoreDoc> out = new ArrayList<>(ranked.length - copies.size());
        for (int i = 0; i < ranked.length; i++) {
            List<Integer> of = copies.get(i);
            if (of != null) {
                out.add(new FactDoc(ranked[i], of.stream().mapToInt(Integer::intValue).toArray()));
            } else if (headOf[i] < 0) {
                out.add(ranked[i]);
            }
        }
        return out.toArray(new ScoreDoc[0]);
    }

    /** How many matches the window's facts stand for beyond themselves (their copies). */
    static int copies(ScoreDoc[] facts) {
        int n = 0;
        for (ScoreDoc d : facts) {
            if (d instanceof FactDoc f) {
                n += f.copies.length;
            }
        }
        return n;
    }

    /** A page's facts with each one's copies right after it. */
    static ScoreDoc[] withCopies(ScoreDoc[] page) {
        List<ScoreDoc> out = new ArrayList<>(page.length);
        for (ScoreDoc d : page) {
            out.add(d);
            if (d instanceof FactDoc f) {
                for (int copy : f.copies) {
                    out.add(new ScoreDoc(copy, f.score, f.shardIndex));
                }
            }
        }
        return out.size() == page.length ? page : out.toArray(new ScoreDoc[0]);
    }

    private static final Set<String> FACT_FIELDS =
            Set.of(SearchFields.S_TYPE, SearchFields.S_CODE, SearchFields.S_TITLE);

    /** The disclosure id of each hit, read from doc values in increasing doc order per segment. */
    static long[] disclosureIds(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        return longValues(searcher, hits, SearchFields.DISCLOSURE_ID_DV, -1L);
    }

    /** A numeric doc value of each hit (missing: {@code missing}), in doc order per segment. */
    private static long[] longValues(
            IndexSearcher searcher, ScoreDoc[] hits, String field, long missing)
            throws IOException {
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
                values = leaf.reader().getNumericDocValues(field);
            }
            int local = doc - leaf.docBase;
            ids[idx] = values != null && values.advanceExact(local) ? values.longValue() : missing;
        }
        return ids;
    }
}
