package gongkai.web;

/**
 * A part of the portal is out of order for a while (e.g. the search index): HTTP 503 with the
 * Chinese message and a {@code Retry-After} header, so clients and crawlers come back later.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final int retryAfterSeconds;

    public ServiceUnavailableException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
