package gongkai.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import gongkai.search.analysis.SearchFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What KeptResults keeps and when it finds again. Written after mutation testing (issue 16): the
 * search tests compare kept pages with computed ones, which are equal whether or not anything was
 * kept, so turning the cache off (never putting, always finding again, forgetting nothing) failed
 * no test. Here a finder that counts its calls shows what was found and what was kept.
 */
class KeptResultsTest {

    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private final Query text = new TermQuery(new Term(SearchFields.BODY_BIGRAM, "矫正"));

    /** The "counted" argument of each call. */
    private final List<ResultFinder.Found> calls = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.commit();
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        dir.close();
    }

    /** A finder whose ranking settles {@code settled} hits deep. */
    private KeptResults.Finder finder(int settled) {
        return counted -> {
            calls.add(counted);
            return new ResultFinder.Found(new ScoreDoc[0], settled, 7, Map.of());
        };
    }

    private ResultFinder.Found find(KeptResults kept, int needed, int settled) throws IOException {
        return kept.keptOrFind(
                searcher, text, List.of(), SearchQuery.Sort.RELEVANCE, needed, finder(settled));
    }

    // Kills: kept.put removed, and `found.settled() < needed` negated (it would find again).
    @Test
    void theSameSearchAgainIsAnsweredFromMemory() throws IOException {
        KeptResults kept = new KeptResults(10);
        ResultFinder.Found first = find(kept, 10, 200);
        ResultFinder.Found again = find(kept, 10, 200);
        assertSame(first, again);
        assertEquals(1, calls.size());
    }

    // Kills: `found.settled() < needed` turned into `<=`: a page ending exactly where the kept
    // ranking settles is still answered from memory.
    @Test
    void aPageEndingWhereTheKeptRankingSettlesIsAnsweredFromMemory() throws IOException {
        KeptResults kept = new KeptResults(10);
        ResultFinder.Found first = find(kept, 10, 200);
        assertSame(first, find(kept, 200, 200));
        assertEquals(1, calls.size());
    }

    // Kills: the kept result not handed to the finder (it would count the matches again).
    @Test
    void aDeeperPageIsRankedAgainReusingTheKeptCount() throws IOException {
        KeptResults kept = new KeptResults(10);
        ResultFinder.Found first = find(kept, 10, 200);
        find(kept, 201, 1000);
        assertEquals(2, calls.size());
        assertNull(calls.get(0));
        assertSame(first, calls.get(1));
    }

    // Kills: forget() emptied (invalidateAll removed, or its null check negated).
    @Test
    void forgettingMakesTheNextSearchFindAgain() throws IOException {
        KeptResults kept = new KeptResults(10);
        find(kept, 10, 200);
        kept.forget();
        find(kept, 10, 200);
        assertEquals(2, calls.size());
        assertNull(calls.get(1));
    }

    // Kills: `kept == null` negated and `size > 0` turned into `>= 0` (size 0 is the benchmark's
    // setting: every search is found anew).
    @Test
    void withSizeZeroEverySearchIsFoundAnew() throws IOException {
        KeptResults kept = new KeptResults(0);
        find(kept, 10, 200);
        find(kept, 10, 200);
        kept.forget();
        assertEquals(2, calls.size());
        assertNull(calls.get(1));
    }
}
