package gongkai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupCheckTest {

    @Test
    void refusesAnUnreachableMysqlServer() {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        assertFalse(StartupCheck.databaseReachable("jdbc:mysql://127.0.0.1:1/gongkai", "gongkai", ""));
    }

    @Test
    void refusesADataDirectoryThatCannotBeCreated(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertFalse(StartupCheck.databaseReachable("jdbc:h2:file:" + file.resolve("sub/gongkai") + ";MODE=MySQL", "", ""));
    }

    @Test
    void acceptsAWritableDataDirectory(@TempDir Path tmp) {
        assertTrue(StartupCheck.databaseReachable("jdbc:h2:file:" + tmp.resolve("data/gongkai") + ";MODE=MySQL", "", ""));
        assertTrue(Files.isDirectory(tmp.resolve("data")));
    }
}
