package gongkai.search;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * A separate JVM that catches the index up with the outbox, started (and killed) by {@link
 * CrashRecoveryTest}. Configuration comes as -D system properties from the parent.
 */
public final class IndexingChild {

    private IndexingChild() {}

    public static void main(String[] args) {
        try (ApplicationContext context =
                ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(Map.of("gongkai.indexer.poll-interval", "1h"))
                        .start()) {
            System.out.println("STARTED");
            int applied = context.getBean(Indexer.class).catchUp();
            System.out.println("DONE " + applied);
        }
    }
}
