package gongkai.search.index;

import gongkai.disclosure.DisclosureDocument;
import gongkai.search.analysis.ChineseAnalyzers;
import gongkai.search.analysis.KnownTerms;
import gongkai.search.analysis.SearchFields;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes one index directory: upserts and deletes per disclosure, and commits that carry the outbox
 * position in the commit's user data, so the index and its position change together, atomically.
 *
 * <p>Writes are buffered in Lucene's IndexWriter and become durable (and visible to searchers
 * opened on the directory) only at {@link #commit}. {@link #close} does <b>not</b> commit
 * (commitOnClose=false): uncommitted writes are dropped and a restart resumes from the last
 * committed position. Thread-safe; one instance per directory (Lucene's write lock enforces it).
 */
public final class SearchIndexWriter implements Closeable {

    /** Commit user-data key holding the last applied outbox position. */
    public static final String POSITION_KEY = "outbox.position";

    /** Commit user-data key naming the document mapping the index was built with (absent: 1). */
    public static final String MAPPING_KEY = "mapping.version";

    /**
     * Raised whenever {@link DocumentMapper}, the analysers or {@link KnownTerms} change what is
     * indexed, so that an index built before is rebuilt ({@code Indexer} does it at start-up). 2:
     * known budget terms, {@code any_smart}, table rows without their table's title. 3: the generic
     * words a passage satisfies ({@link SearchFields#GENERIC}). 4: the report's kind, 预算 or 决算
     * ({@link SearchFields#KIND}). 5: a budget's projects worded as performance targets, and table
     * rows faceted as 表格科目 (budgets' rows too, not only 决算表).
     */
    static final String MAPPING_VERSION = "5";

    /**
     * Called inside {@link #commit}, after Lucene's commit and before the new position is
     * announced.
     */
    @FunctionalInterface
    public interface CommitListener {
        void committed() throws IOException;
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final DocumentMapper mapper = new DocumentMapper(SearchFields.facetsConfig());

    /**
     * Set when the index is created and kept by every commit: documents added later do not change
     * how the rest was built.
     */
    private final String mapping;

    private volatile long committedPosition;
    private volatile CommitListener listener = () -> {};

    private SearchIndexWriter(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config =
                new IndexWriterConfig(ChineseAnalyzers.perField())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        // Lucene's 16 MB default flushes a segment every ~150 disclosures during a
                        // rebuild,
                        // and those small segments are merged again and again; 64 MB cuts that
                        // churn.
                        .setRAMBufferSizeMB(64)
                        .setCommitOnClose(false);
        IndexWriter w = new IndexWriter(directory, config);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                // A first commit, so that searchers can open the directory before anything is
                // indexed.
                w.setLiveCommitData(
                        Map.of(POSITION_KEY, "0", MAPPING_KEY, MAPPING_VERSION).entrySet());
                w.commit();
            }
            Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
            String stored = userData.get(POSITION_KEY);
            this.committedPosition = stored == null ? 0L : Long.parseLong(stored);
            this.mapping = userData.getOrDefault(MAPPING_KEY, "1");
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
        this.writer = w;
    }

    /** Opens (creating if needed) the index in dir for writing. The caller closes it. */
    public static SearchIndexWriter open(Path dir) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        try {
            return new SearchIndexWriter(directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The directory written, for opening searchers on its commits. */
    public Directory directory() {
        return directory;
    }

    /** Who must see a commit before its position is announced (the searchers of this directory). */
    public void onCommit(CommitListener listener) {
        this.listener = listener;
    }

    /**
     * Replaces everything indexed for this disclosure; not visible to searches until {@link
     * #commit}.
     */
    public void upsert(DisclosureDocument disclosure) throws IOException {
        List<Document> docs = mapper.map(disclosure);
        Term id = idTerm(disclosure.id());
        if (docs.isEmpty()) {
            writer.deleteDocuments(id);
        } else {
            writer.updateDocuments(id, docs);
        }
    }

    /** Removes every document of this disclosure; not visible to searches until {@link #commit}. */
    public void delete(long disclosureId) throws IOException {
        writer.deleteDocuments(idTerm(disclosureId));
    }

    /**
     * Commits, storing the position in the commit's user data ("outbox.position"), then tells the
     * listener.
     */
    public synchronized void commit(long position) throws IOException {
        writer.setLiveCommitData(
                Map.of(POSITION_KEY, Long.toString(position), MAPPING_KEY, mapping).entrySet());
        writer.commit();
        listener.committed();
        // Only now: whoever sees the new position also finds what it covers in searches.
        committedPosition = position;
    }

    /**
     * Merges the index into one segment; for a freshly rebuilt index only, before its commit. A
     * rebuild leaves about a dozen segments, and every search and facet count then repeats its
     * per-segment set-up and maps facet ordinals across them: one segment made searches at 15,000
     * reports about 15% faster, for half a minute more of rebuilding. Later publications add small
     * segments that Lucene merges as usual.
     */
    public void mergeIntoOneSegment() throws IOException {
        writer.forceMerge(1);
    }

    /** False for an index built by an older version of the document mapping: it needs a rebuild. */
    public boolean builtWithCurrentMapping() {
        return MAPPING_VERSION.equals(mapping);
    }

    /** The position stored by the last commit, 0 for a new index. */
    public long committedPosition() {
        return committedPosition;
    }

    private static Term idTerm(long disclosureId) {
        return new Term(SearchFields.DISCLOSURE_ID, Long.toString(disclosureId));
    }

    /** Closes without committing: writes since the last commit are discarded. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
