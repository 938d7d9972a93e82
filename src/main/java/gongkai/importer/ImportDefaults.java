package gongkai.importer;

import io.micronaut.core.annotation.Nullable;

/**
 * The unit and year to use where the document does not say: the importing editor's unit (web), or
 * {@code --unit}/{@code --year} (command line). {@code source} names where they came from, for the
 * report.
 */
public record ImportDefaults(
        @Nullable String unitName, @Nullable Integer fiscalYear, String source) {

    public static final ImportDefaults NONE = new ImportDefaults(null, null, "");
}
