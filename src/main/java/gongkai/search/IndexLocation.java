package gongkai.search;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the index lives. The configured directory holds generations ({@code index-…}) and a small
 * file {@code CURRENT} naming the active one. A rebuild writes a new generation and then replaces
 * CURRENT with an atomic rename, so every reader sees either the old index or the new one, whole.
 */
@Singleton
public class IndexLocation {

    static final String CURRENT = "CURRENT";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path base;

    IndexLocation(@Value("${gongkai.index-dir:./search-index}") String base) {
        this.base = Path.of(base).toAbsolutePath().normalize();
    }

    public Path base() {
        return base;
    }

    /** The active generation; a first start creates one. */
    public synchronized Path current() {
        try {
            Path pointer = base.resolve(CURRENT);
            if (Files.exists(pointer)) {
                String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return base.resolve(name);
                }
            }
            Path first = newGeneration();
            activate(first);
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty generation directory (not yet active). */
    public Path newGeneration() throws IOException {
        Files.createDirectories(base);
        Path dir = base.resolve("index-" + LocalDateTime.now().format(STAMP));
        while (Files.exists(dir)) {
            dir = base.resolve(dir.getFileName() + "x");
        }
        return Files.createDirectories(dir);
    }

    /** Makes a generation the active one, atomically. */
    public void activate(Path generation) throws IOException {
        Path tmp = Files.createTempFile(base, "CURRENT", ".tmp");
        Files.writeString(tmp, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(
                tmp,
                base.resolve(CURRENT),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes every generation but the given ones (after a swap, once nobody reads them). */
    public void deleteOtherGenerations(Path... keep) {
        Set<Path> kept = Set.of(keep);
        try (Stream<Path> dirs = Files.list(base)) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().startsWith("index-"))
                    .filter(d -> !kept.contains(d))
                    .forEach(IndexLocation::deleteTree);
        } catch (IOException ignored) {
            // stale generations only cost disk space; the next swap tries again
        }
    }

    /** Deletes one generation, unless it is the active one (a later rebuild may have named it). */
    public void deleteGeneration(Path generation) {
        if (!generation.equals(current())) {
            deleteTree(generation);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // see above
        }
    }
}
