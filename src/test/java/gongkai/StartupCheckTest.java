package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCheckTest {

    @Test
    void refusesAnUnreachableMysqlServer() {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        assertFalse(
                StartupCheck.databaseReachable("jdbc:mysql://127.0.0.1:1/gongkai", "gongkai", ""));
    }

    @Test
    void logsTheDatabaseUrlWithoutItsPassword() {
        assertEquals(
                "jdbc:mysql://db.example:3306/gongkai?user=gongkai&password=***&useSSL=true",
                StartupCheck.withoutPassword(
                        "jdbc:mysql://db.example:3306/gongkai?user=gongkai&password=s3cret&useSSL=true"));
        assertEquals(
                "jdbc:mysql://gongkai:***@db.example:3306/gongkai",
                StartupCheck.withoutPassword(
                        "jdbc:mysql://gongkai:s3cret@db.example:3306/gongkai"));
        assertEquals(
                "jdbc:mysql://db.example/gongkai",
                StartupCheck.withoutPassword("jdbc:mysql://db.example/gongkai"));
    }

    @Test
    void refusesADataDirectoryThatCannotBeCreated(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertFalse(
                StartupCheck.databaseReachable(
                        "jdbc:h2:file:" + file.resolve("sub/gongkai") + ";MODE=MySQL", "", ""));
    }

    @Test
    void theHeldDatabaseProbeCreatesNoDatabase(@TempDir Path tmp) {
        String url = "jdbc:h2:file:" + tmp.resolve("gongkai") + ";MODE=MySQL";
        assertFalse(StartupCheck.embeddedDatabaseHeldElsewhere(url, "gongkai", ""));
        assertFalse(Files.exists(tmp.resolve("gongkai.mv.db")), "no database file left behind");
    }

    @Test
    void aDatabaseThisProcessHasOpenIsNotHeldElsewhere(@TempDir Path tmp) throws SQLException {
        String url = "jdbc:h2:file:" + tmp.resolve("gongkai") + ";MODE=MySQL";
        try (Connection open = DriverManager.getConnection(url, "gongkai", "")) {
            assertTrue(open.isValid(1));
            assertFalse(StartupCheck.embeddedDatabaseHeldElsewhere(url, "gongkai", ""));
        }
    }

    @Test
    void acceptsAWritableDataDirectory(@TempDir Path tmp) {
        assertTrue(
                StartupCheck.databaseReachable(
                        "jdbc:h2:file:" + tmp.resolve("data/gongkai") + ";MODE=MySQL", "", ""));
        assertTrue(Files.isDirectory(tmp.resolve("data")));
    }
}
