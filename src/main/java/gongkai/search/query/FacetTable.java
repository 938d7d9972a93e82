package gongkai.search.query;

import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Per segment (segment-local ordinals): slot s is the run of documents {@code slotFirstDoc[s] ..
 * slotFirstDoc[s+1])}, its report-level ordinals are {@code slotOrds[slotStart[s] ..
 * slotStart[s+1])}; a document's passage-level ordinals (type, 类) are those of its combination
 * {@code docCombo[doc]}, {@code comboOrds[comboStart[c] .. comboStart[c+1])}. Two bytes per
 * passage: the counting loop reads one small array, not three large ones.
 */
record FacetTable(
        int[] slotFirstDoc,
        int[] slotStart,
        int[] slotOrds,
        short[] docCombo,
        int[] comboStart,
        int[] comboOrds) {

    /** The dimensions that differ between the passages of one report. */
    private static final Set<String> PASSAGE_DIMS =
            Set.of(SearchFields.FACET_TYPE, SearchFields.FACET_CLASS);

    /**
     * The table of one segment, built once ({@link FacetReader} keeps it until the segment is
     * merged away); null without facets.
     */
    static FacetTable build(LeafReader leaf, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
        NumericDocValues reports = leaf.getNumericDocValues(SearchFields.DISCLOSURE_ID_DV);
        if (values.getValueCount() == 0 || reports == null) {
            return null;
        }
        boolean[] passageLevel = new boolean[(int) values.getValueCount()];
        for (int ord = 0; ord < passageLevel.length; ord++) {
            String path = values.lookupOrd(ord).utf8ToString();
            passageLevel[ord] =
                    PASSAGE_DIMS.contains(
                            path.substring(0, Math.max(0, path.indexOf(FacetsConfig.DELIM_CHAR))));
        }
        int maxDoc = leaf.maxDoc();
        short[] docCombo = new short[maxDoc];
        IntList slotFirstDoc = new IntList();
        IntList slotStart = new IntList();
        IntList slotOrds = new IntList();
        IntList comboStart = new IntList();
        IntList comboOrds = new IntList();
        Map<List<Integer>, Integer> combos = new HashMap<>();
        // A slot is a run of documents with the same report and the same report-level values: a
        // report's passages are one contiguous block (IndexWriter.updateDocuments, kept by merges).
        // The id alone is not enough: a report indexed twice before a flush has its old, deleted
        // block (with, say, the old unit name) right before the new one in the same segment.
        long previous = Long.MIN_VALUE;
        IntList reportLevel = new IntList();
        List<Integer> own = new ArrayList<>(2);
        for (int doc = 0; doc < maxDoc; doc++) {
            long report = reports.advanceExact(doc) ? reports.longValue() : -1L;
            reportLevel.clear();
            own.clear();
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    int ord = (int) values.nextOrd();
                    if (passageLevel[ord]) {
                        own.add(ord);
                    } else {
                        reportLevel.add(ord);
                    }
                }
            }
            if (doc == 0 || report != previous || !reportLevel.sameAs(slotOrds, slotStart.last())) {
                previous = report;
                slotFirstDoc.add(doc);
                slotStart.add(slotOrds.size());
                slotOrds.addAll(reportLevel);
            }
            Integer combo = combos.get(own);
            if (combo == null) {
                combo = combos.size();
                if (combo > Short.MAX_VALUE) {
                    throw new IllegalStateException(
                            "too many type/类 combinations in one segment: " + combo);
                }
                combos.put(List.copyOf(own), combo);
                comboStart.add(comboOrds.size());
                own.forEach(comboOrds::add);
            }
            docCombo[doc] = combo.shortValue();
        }
        slotFirstDoc.add(maxDoc);
        slotStart.add(slotOrds.size());
        comboStart.add(comboOrds.size());
        return new FacetTable(
                slotFirstDoc.toArray(),
                slotStart.toArray(),
                slotOrds.toArray(),
                docCombo,
                comboStart.toArray(),
                comboOrds.toArray());
    }

    /** A growable int array (no boxing for millions of ordinals). */
    private static final class IntList {
        private int[] data = new int[1024];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        int last() {
            return data[size - 1];
        }

        void clear() {
            size = 0;
        }

        void addAll(IntList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.data[i]);
            }
        }

        /** Whether other[from ..] (to its end) holds exactly these values. */
        boolean sameAs(IntList other, int from) {
            return other.size - from == size
                    && Arrays.equals(data, 0, size, other.data, from, other.size);
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
