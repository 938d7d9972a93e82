package gongkai.search;

import gongkai.search.index.SearchIndexWriter;
import gongkai.search.query.IndexSearchers;
import gongkai.search.query.KeptResults;
import gongkai.search.query.SearchEngine;
import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchRequestException;
import gongkai.search.query.SearchResult;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * One index generation open in this process: the {@link SearchIndexWriter} of its directory and the
 * {@link SearchEngine} that searches its commits, wired so that a commit is searchable before its
 * position is announced (whoever sees the new position also finds what it covers). The portal holds
 * one for the active generation ({@link ActiveIndex}); a rebuild needs only a writer.
 */
public final class SearchIndex implements Closeable {

    private final SearchIndexWriter writer;
    private final SearchEngine engine;

    private SearchIndex(SearchIndexWriter writer, SearchEngine engine) {
        this.writer = writer;
        this.engine = engine;
        writer.onCommit(engine::refresh);
    }

    /**
     * Opens (creating if needed) an index in dir, keeping no search results. One instance per
     * directory.
     */
    public static SearchIndex open(Path dir) throws IOException {
        return open(dir, 0);
    }

    /**
     * Opens (creating if needed) an index in dir that keeps up to keptResults searches' results
     * ({@link KeptResults}).
     */
    public static SearchIndex open(Path dir, int keptResults) throws IOException {
        return open(dir, keptResults, 0);
    }

    /**
     * Opens (creating if needed) an index in dir that keeps up to keptResults searches' results and
     * runs at most concurrentSearches searches at once, 0 meaning one per core ({@link
     * SearchEngine}).
     */
    public static SearchIndex open(Path dir, int keptResults, int concurrentSearches)
            throws IOException {
        SearchIndexWriter writer = SearchIndexWriter.open(dir);
        try {
            return new SearchIndex(
                    writer, new SearchEngine(writer.directory(), keptResults, concurrentSearches));
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** Upserts, deletes and commits with the outbox position. */
    public SearchIndexWriter writer() {
        return writer;
    }

    /**
     * Runs a search on the last commit. Invalid requests throw {@link SearchRequestException} with
     * a Chinese message; a page past the end is empty.
     */
    public SearchResult search(SearchQuery request) throws IOException {
        return engine.search(request);
    }

    /** The outbox position stored by the last commit, 0 for a new index. */
    public long committedPosition() {
        return writer.committedPosition();
    }

    /** False for an index built by an older version of the document mapping: it needs a rebuild. */
    boolean builtWithCurrentMapping() {
        return writer.builtWithCurrentMapping();
    }

    /**
     * A read-only look at the committed index, for queries other than {@link #search} (e.g. {@link
     * ProjectSimilarity}).
     */
    public <T> T withSearcher(IndexSearchers.SearcherFunction<T> function) throws IOException {
        return engine.searchers().withSearcher(function);
    }

    /** Number of Lucene documents (sections + line items + projects) visible to searches. */
    int documentCount() {
        return engine.searchers().documentCount();
    }

    /** Ids of every disclosure with documents visible to searches (for consistency checks). */
    Set<Long> disclosureIds() throws IOException {
        return engine.searchers().disclosureIds();
    }

    /** Closes without committing: writes since the last commit are discarded. */
    @Override
    public void close() throws IOException {
        try {
            engine.close();
        } finally {
            writer.close();
        }
    }
}
