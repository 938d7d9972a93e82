package gongkai.search.query;

/**
 * A search the reader can fix (no text, a bad page or size, a window too deep, a query too
 * complex), with a Chinese message meant to be shown as is. Only this becomes an HTTP 400: any
 * other IllegalArgumentException out of the engine is a bug and answers as a server fault. It stays
 * an IllegalArgumentException for the engine's direct callers (tests).
 */
public class SearchRequestException extends IllegalArgumentException {

    public SearchRequestException(String message) {
        super(message);
    }

    public SearchRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
