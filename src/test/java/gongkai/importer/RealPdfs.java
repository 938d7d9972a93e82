package gongkai.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real 2024 PDFs in ../shared/pdf (kept out of the repository): parsed through the same entry
 * point as an upload; tests skip with a message where the folder is absent.
 */
final class RealPdfs {

    static final Path DIR = Path.of("../shared/pdf");

    private RealPdfs() {}

    static byte[] bytes(String name) {
        Path file = DIR.resolve(name);
        assumeTrue(Files.isReadable(file), () -> "skipped: real PDF " + file + " not present");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult parse(String name) {
        return new DisclosureParser().parse(bytes(name), name);
    }
}
