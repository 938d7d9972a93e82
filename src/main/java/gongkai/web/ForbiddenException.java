package gongkai.web;

/** The user is logged in but may not do this; HTTP 403 with a Chinese message. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
