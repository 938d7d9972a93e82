package gongkai.importer;

import static org.junit.jupiter.api.Assertions.fail;

import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.DocumentText;
import gongkai.importer.read.TextDocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The three real documents: shipped as demo data under samples/, also in ../shared/seeds. */
final class Seeds {

    static final String S000 = "000_326f025586c0027f.txt";
    static final String S001 = "001_d044bc1c4c23d84f.txt";
    static final String S004 = "004_eb0cd755c809d774.txt";
    static final String[] ALL = {S000, S001, S004};

    private Seeds() {}

    static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream("samples/" + name)) {
            if (in != null) {
                return in.readAllBytes();
            }
            Path shared = Path.of("src/main/resources/samples").resolve(name);
            if (Files.exists(shared)) {
                return Files.readAllBytes(shared);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fail(
                "seed "
                        + name
                        + " missing: expected under src/main/resources/samples/ (copies of ../shared/seeds)");
    }

    static DocumentText text(String name) {
        DocumentReader.Result r = new TextDocumentReader().read(bytes(name), name);
        if (!r.ok()) {
            fail("cannot read seed " + name + ": " + r.error());
        }
        return r.text();
    }

    static ParseResult parse(String name) {
        return new DisclosureParser().parse(text(name));
    }
}
