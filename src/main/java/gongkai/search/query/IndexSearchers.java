package gongkai.search.query;

import gongkai.search.analysis.SearchFields;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The searchers of one index directory. A {@link SearcherManager} on the directory (not on the
 * writer), so searches only ever see committed states; {@link #refresh} after each commit. The
 * facet tables of a new searcher are built before it is published ({@link FacetReader#warm}), so no
 * search pays for them.
 */
public final class IndexSearchers implements Closeable {

    /** A read-only look at the committed index. */
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final SearcherManager searchers;

    IndexSearchers(Directory directory, FacetReader facets) throws IOException {
        this.searchers =
                new SearcherManager(
                        directory,
                        new SearcherFactory() {
                            @Override
                            public IndexSearcher newSearcher(
                                    IndexReader reader, IndexReader previous) throws IOException {
                                facets.warm(reader);
                                return new IndexSearcher(reader);
                            }
                        });
    }

    /**
     * Runs function on the newest searcher, holding it for the duration (a refresh cannot close it
     * meanwhile).
     */
    public <T> T withSearcher(SearcherFunction<T> function) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return function.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Opens a searcher on the latest commit, waiting for it. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Number of Lucene documents (sections + line items + projects) visible to searches. */
    public int documentCount() {
        try {
            return withSearcher(searcher -> searcher.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of every disclosure with documents visible to searches (for consistency checks). */
    public Set<Long> disclosureIds() throws IOException {
        return withSearcher(
                searcher -> {
                    Set<Long> ids = new TreeSet<>();
                    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                        NumericDocValues values =
                                leaf.reader().getNumericDocValues(SearchFields.DISCLOSURE_ID_DV);
                        Bits live = leaf.reader().getLiveDocs();
                        if (values == null) {
                            continue;
                        }
                        for (int doc = values.nextDoc();
                                doc != DocIdSetIterator.NO_MORE_DOCS;
                                doc = values.nextDoc()) {
                            if (live == null || live.get(doc)) {
                                ids.add(values.longValue());
                            }
                        }
                    }
                    return ids;
                });
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
