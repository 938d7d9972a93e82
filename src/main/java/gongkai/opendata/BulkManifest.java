package gongkai.opendata;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one finished build holds: its directory (generation), the outbox position it covers (every
 * publication up to it is in the files), when and how fast it was built, and its files.
 */
@Serdeable
record BulkManifest(
        String generation,
        long position,
        Instant builtAt,
        long buildMillis,
        long disclosures,
        long revisions,
        List<BulkFile> files) {

    Optional<BulkFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
