package gongkai.search;

import gongkai.web.BadRequestException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers searches from the active index; turns the engine's complaints into 400 messages. */
@Singleton
public class SearchService {

    private final Indexer indexer;

    SearchService(Indexer indexer) {
        this.indexer = indexer;
    }

    public SearchResult search(SearchQuery query) {
        try {
            return indexer.index().search(query);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
