package gongkai;

import java.nio.file.Path;
import java.util.Map;

/**
 * Short, documented environment variables for the settings an operator changes most. They are
 * copied into the Micronaut properties they stand for (system properties outrank application.yml);
 * the long Micronaut names (DATASOURCES_DEFAULT_URL …) keep working too.
 */
final class EnvironmentAliases {

    static final Map<String, String> ALIASES =
            Map.of(
                    "GONGKAI_DB_URL", "datasources.default.url",
                    "GONGKAI_DB_USER", "datasources.default.username",
                    "GONGKAI_DB_PASSWORD", "datasources.default.password");

    private EnvironmentAliases() {}

    static void apply(Map<String, String> environment) {
        // `./mvnw mn:run` starts the application in target/: the pom passes
        // -Dgongkai.home=<repository>
        // so that the default data and index folders are the repository's ./data and
        // ./search-index.
        String home = System.getProperty("gongkai.home");
        if (home != null && !home.isBlank()) {
            defaultTo("gongkai.data-dir", "GONGKAI_DATA_DIR", home + "/data", environment);
            defaultTo(
                    "gongkai.index-dir", "GONGKAI_INDEX_DIR", home + "/search-index", environment);
        }
        // H2 refuses a database file "implicitly relative" to the working directory (data/gongkai)
        // with a
        // stack trace at start-up; GONGKAI_DATA_DIR=data should work like ./data, so pass it on
        // absolute.
        String dataDir =
                System.getProperty("gongkai.data-dir", environment.get("GONGKAI_DATA_DIR"));
        if (dataDir != null && !dataDir.isBlank()) {
            System.setProperty(
                    "gongkai.data-dir",
                    Path.of(dataDir.strip()).toAbsolutePath().normalize().toString());
        }
        ALIASES.forEach(
                (variable, property) -> {
                    String value = environment.get(variable);
                    if (value != null && !value.isBlank() && System.getProperty(property) == null) {
                        System.setProperty(property, value);
                    }
                });
    }

    private static void defaultTo(
            String property, String variable, String value, Map<String, String> environment) {
        if (System.getProperty(property) == null && environment.get(variable) == null) {
            System.setProperty(property, value);
        }
    }
}
