package gongkai.opendata;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * The SQL statements Micronaut Data runs while it is open, read from its query log ({@code
 * io.micronaut.data.query} at DEBUG, not printed), with the thread that ran each.
 */
public final class SqlLog implements AutoCloseable {

    public record Statement(String thread, String sql) {}

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.micronaut.data.query");
    private final Level level = logger.getLevel();
    private final boolean additive = logger.isAdditive();
    // logback names an event's thread when first asked: ask while still on the logging thread
    private final ListAppender<ILoggingEvent> appender =
            new ListAppender<>() {
                @Override
                protected void append(ILoggingEvent e) {
                    e.getThreadName();
                    super.append(e);
                }
            };

    public SqlLog() {
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        logger.setLevel(Level.DEBUG);
    }

    public List<Statement> statements(Predicate<Statement> which) {
        synchronized (appender.list) {
            return appender.list.stream()
                    .filter(e -> e.getMessage().startsWith("Executing"))
                    .map(e -> new Statement(e.getThreadName(), e.getFormattedMessage()))
                    .filter(which)
                    .toList();
        }
    }

    /** Statements the calling thread ran. */
    public List<Statement> mine() {
        String me = Thread.currentThread().getName();
        return statements(s -> s.thread().equals(me));
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(level);
        logger.setAdditive(additive);
        appender.stop();
    }
}
