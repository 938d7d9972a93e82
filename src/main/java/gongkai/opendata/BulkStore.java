package gongkai.opendata;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk directory: one subdirectory per finished build (a generation) and {@code current.json},
 * the manifest naming the generation downloads come from. A build is written under a temporary name
 * ({@code .building-…}), renamed to its generation name when complete, and only then named in
 * current.json (itself written to a temporary file and renamed), so every rename is atomic and a
 * download reads one whole, consistent build. The generation before the current one is kept, so a
 * download that began before the switch finishes from it; older ones are deleted.
 */
@Singleton
class BulkStore {

    static final String DATAPACKAGE = "datapackage.json";
    private static final String CURRENT = "current.json";
    private static final Logger LOG = LoggerFactory.getLogger(BulkStore.class);

    private final Path dir;
    private final JsonMapper json;
    private volatile BulkManifest current;

    BulkStore(BulkSettings settings, JsonMapper json) {
        this.dir = settings.dir();
        this.json = json;
        this.current = load();
    }

    Path dir() {
        return dir;
    }

    /** The build downloads come from now; empty before the first build. */
    Optional<BulkManifest> current() {
        return Optional.ofNullable(current);
    }

    /** Where a file of the current build lies. */
    Path path(BulkManifest manifest, BulkFile file) {
        return dir.resolve(manifest.generation()).resolve(file.name());
    }

    Path newBuildDirectory() throws IOException {
        Files.createDirectories(dir);
        return Files.createDirectory(dir.resolve(".building-" + UUID.randomUUID()));
    }

    /** Makes a finished build current; returns its manifest. */
    synchronized BulkManifest publish(Path built, BulkManifest manifest) throws IOException {
        String suffix = built.getFileName().toString().replace(".building-", "").substring(0, 8);
        Path generation = dir.resolve("g-" + manifest.builtAt().toEpochMilli() + "-" + suffix);
        move(built, generation);
        BulkManifest named =
                new BulkManifest(
                        generation.getFileName().toString(),
                        manifest.position(),
                        manifest.builtAt(),
                        manifest.buildMillis(),
                        manifest.disclosures(),
                        manifest.revisions(),
                        manifest.files());
        Path tmp = dir.resolve(CURRENT + ".tmp");
        Files.write(tmp, json.writeValueAsBytes(named));
        move(tmp, dir.resolve(CURRENT));
        String previous = current == null ? null : current.generation();
        current = named;
        deleteOldGenerations(named.generation(), previous);
        return named;
    }

    /** Removes a build directory that was not published (a failed build). */
    void discardUnpublished(Path built) {
        if (Files.exists(built)) {
            deleteTree(built);
        }
    }

    private BulkManifest load() {
        // a build interrupted by a crash left its temporary directory: nothing refers to it
        try (Stream<Path> children = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            children.filter(p -> p.getFileName().toString().startsWith(".building-"))
                    .toList()
                    .forEach(BulkStore::deleteTree);
        } catch (IOException e) {
            LOG.warn("Could not list {}: {}", dir, e.toString());
        }
        Path file = dir.resolve(CURRENT);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            BulkManifest m = json.readValue(Files.readAllBytes(file), BulkManifest.class);
            return Files.isDirectory(dir.resolve(m.generation())) ? m : null;
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "Bulk manifest {} unreadable; the files will be rebuilt: {}",
                    file,
                    e.toString());
            return null;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void deleteOldGenerations(String keep, String previous) {
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> old =
                    children.filter(Files::isDirectory)
                            .filter(p -> p.getFileName().toString().startsWith("g-"))
                            .filter(p -> !p.getFileName().toString().equals(keep))
                            .filter(p -> !p.getFileName().toString().equals(previous))
                            .toList();
            old.forEach(BulkStore::deleteTree);
        } catch (IOException e) {
            LOG.warn("Could not clean old bulk builds in {}: {}", dir, e.toString());
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder())
                    .forEach(
                            p -> {
                                try {
                                    Files.deleteIfExists(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete {}: {}", root, e.toString());
        }
    }
}
