package gongkai.disclosure;

/**
 * Raised when a save carries a version older than the stored one: someone else saved in between.
 */
public class ConcurrentEditException extends RuntimeException {
    private final transient Disclosure current;

    public ConcurrentEditException(Disclosure current) {
        super("disclosure " + current.id() + " changed meanwhile");
        this.current = current;
    }

    public Disclosure current() {
        return current;
    }
}
