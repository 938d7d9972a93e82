package gongkai.search;

import gongkai.web.BadRequestException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers searches from the active index; turns the engine's validation errors into 400 messages. */
@Singleton
public class SearchService {

    /** What answers a search; the active index in the portal. */
    @FunctionalInterface
    interface Engine {
        SearchResult search(SearchQuery query) throws IOException;
    }

    private final Engine engine;

    @Inject
    SearchService(Indexer indexer) {
        this(query -> indexer.index().search(query));
    }

    SearchService(Engine engine) {
        this.engine = engine;
    }

    public SearchResult search(SearchQuery query) {
        try {
            return engine.search(query);
        } catch (SearchRequestException e) {
            // Only the search's own validation speaks to the reader; any other IllegalArgumentException
            // (a NumberFormatException from a bug) is a server fault and goes to the error handler as is.
            throw new BadRequestException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
