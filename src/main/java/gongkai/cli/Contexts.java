package gongkai.cli;

import io.micronaut.context.ApplicationContext;

import java.util.Map;

/** The application context a command runs in: the configured database, no web server, no indexer. */
final class Contexts {

    private Contexts() {
    }

    static ApplicationContext commandLine() {
        // The server process owns the active index; a command must not open a second writer on it.
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("gongkai.indexer.enabled", "false"))
                .start();
    }
}
