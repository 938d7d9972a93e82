package gongkai.search;

import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchRequestException;
import gongkai.search.query.SearchResult;
import gongkai.web.BadRequestException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers searches from the active index; turns the search's own validation errors into 400
 * messages and an index that cannot be read (or was closed because its directory failed) into a
 * 503.
 */
@Singleton
public class SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    /** What answers a search; the active index in the portal. */
    @FunctionalInterface
    interface Engine {
        SearchResult search(SearchQuery query) throws IOException;
    }

    private final Engine engine;

    @Inject
    SearchService(ActiveIndex active) {
        this(query -> active.current().search(query));
    }

    SearchService(Engine engine) {
        this.engine = engine;
    }

    public SearchResult search(SearchQuery query) {
        try {
            return engine.search(query);
        } catch (SearchRequestException e) {
            // Only the search's own validation speaks to the reader; any other
            // IllegalArgumentException
            // (a NumberFormatException from a bug) is a server fault and goes to the error handler
            // as is.
            throw new BadRequestException(e.getMessage());
        } catch (IOException | AlreadyClosedException e) {
            LOG.warn("A search failed on the index: {}", e.toString());
            throw ActiveIndex.unavailable();
        }
    }
}
