package gongkai.search;

import gongkai.web.BadRequestException;
import jakarta.inject.Singleton;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Answers searches from the active index; turns the engine's complaints into 400 messages and an
 * index that cannot be read (or was closed because its directory failed) into a 503.
 */
@Singleton
public class SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final Indexer indexer;

    SearchService(Indexer indexer) {
        this.indexer = indexer;
    }

    public SearchResult search(SearchQuery query) {
        try {
            return indexer.index().search(query);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        } catch (IOException | AlreadyClosedException e) {
            LOG.warn("A search failed on the index: {}", e.toString());
            throw Indexer.unavailable();
        }
    }
}
