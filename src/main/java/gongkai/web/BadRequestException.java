package gongkai.web;

/** A request the user can fix; the message (Chinese) is shown as is, with HTTP 400. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
