package gongkai.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One file of a build as the page, the headers and datapackage.json describe it. {@code dataset} is
 * null for datapackage.json itself; {@code year} null for the file of all years.
 */
@Serdeable
record BulkFile(
        String name,
        @Nullable String dataset,
        @Nullable Integer year,
        boolean allRevisions,
        String mediaType,
        long bytes,
        long rows,
        String sha256,
        Instant builtAt) {

    /** The strong ETag: the file's SHA-256, which changes exactly when its bytes do. */
    String etag() {
        return "\"" + sha256 + "\"";
    }
}
