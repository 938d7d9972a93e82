package gongkai.disclosure;

/** Raised when the revision's status does not allow the change (e.g. editing a published one). */
public class NotEditableException extends RuntimeException {
    public NotEditableException(String message) {
        super(message);
    }
}
