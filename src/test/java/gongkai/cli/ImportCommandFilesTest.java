package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import DIR} picks up every format the importer reads, and nothing else. */
class ImportCommandFilesTest {

    @Test
    void directoryImportPicksUpPdfWorkbooksWordAndTextFiles(@TempDir Path dir) throws IOException {
        for (String name :
                List.of(
                        "a.txt", "b.PDF", "c.xlsx", "d.xls", "e.docx", "f.png", "g.doc", "h.zip",
                        "i.ofd")) {
            Files.writeString(dir.resolve(name), "x");
        }
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/j.xlsx"), "x");

        List<String> found =
                ImportCommand.expand(List.of(dir)).stream()
                        .map(p -> dir.relativize(p).toString())
                        .toList();

        assertEquals(List.of("a.txt", "b.PDF", "c.xlsx", "d.xls", "e.docx", "sub/j.xlsx"), found);
    }
}
