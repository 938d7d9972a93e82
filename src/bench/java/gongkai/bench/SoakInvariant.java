package gongkai.bench;

import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The end-of-soak check: the reports the search index holds are exactly the database's PUBLISHED
 * ones (nothing missing after a publication, nothing left behind after a correction superseded it,
 * no draft), and no draft is served by the API.
 *
 * @param missing published in the database, absent from the index
 * @param extra in the index, not published in the database
 * @param draftsServed drafts (DRAFT, SUBMITTED, RETURNED) the API answered with something other
 *     than 404
 */
record SoakInvariant(
        int published,
        int indexed,
        SortedSet<Long> missing,
        SortedSet<Long> extra,
        int draftsChecked,
        List<String> draftsServed) {

    boolean holds() {
        return missing.isEmpty() && extra.isEmpty() && draftsServed.isEmpty();
    }

    /** Set difference both ways. */
    static SoakInvariant compare(
            Set<Long> publishedInDatabase,
            Set<Long> inIndex,
            int draftsChecked,
            List<String> draftsServed) {
        SortedSet<Long> missing = new TreeSet<>(publishedInDatabase);
        missing.removeAll(inIndex);
        SortedSet<Long> extra = new TreeSet<>(inIndex);
        extra.removeAll(publishedInDatabase);
        return new SoakInvariant(
                publishedInDatabase.size(),
                inIndex.size(),
                missing,
                extra,
                draftsChecked,
                List.copyOf(draftsServed));
    }

    /** A few ids of a set for the report, e.g. "12, 40, 41 … (7)". */
    static String sample(SortedSet<Long> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        ids.stream().limit(10).forEach(id -> b.append(b.length() == 0 ? "" : ", ").append(id));
        return ids.size() > 10 ? b + " … (" + ids.size() + ")" : b.toString();
    }

    /**
     * The distinct report ids of the live documents in the index's last commit, read-only (the
     * portal keeps writing; a reader on the last commit does not disturb it).
     */
    static Set<Long> indexedDisclosureIds(Path indexBase) throws IOException {
        Set<Long> ids = new TreeSet<>();
        try (FSDirectory directory = FSDirectory.open(RawLucene.activeGeneration(indexBase));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values =
                        leaf.reader().getNumericDocValues(SearchFields.DISCLOSURE_ID_DV);
                if (values == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = values.nextDoc();
                        doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(values.longValue());
                    }
                }
            }
        }
        return ids;
    }
}
