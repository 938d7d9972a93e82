package gongkai;

import java.util.Map;

/**
 * Short, documented environment variables for the settings an operator changes most. They are
 * copied into the Micronaut properties they stand for (system properties outrank application.yml);
 * the long Micronaut names (DATASOURCES_DEFAULT_URL …) keep working too.
 */
final class EnvironmentAliases {

    static final Map<String, String> ALIASES = Map.of(
            "GONGKAI_DB_URL", "datasources.default.url",
            "GONGKAI_DB_USER", "datasources.default.username",
            "GONGKAI_DB_PASSWORD", "datasources.default.password");

    private EnvironmentAliases() {
    }

    static void apply(Map<String, String> environment) {
        ALIASES.forEach((variable, property) -> {
            String value = environment.get(variable);
            if (value != null && !value.isBlank() && System.getProperty(property) == null) {
                System.setProperty(property, value);
            }
        });
    }
}
