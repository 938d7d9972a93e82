package gongkai.web;

/**
 * Something the user asked for does not exist (or is not public); HTTP 404 with a Chinese message.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
