package gongkai.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BulkSettingsTest {

    private static BulkSettings settings(String dir, String dataDir) {
        Duration s = Duration.ofSeconds(1);
        return new BulkSettings(dir, dataDir, s, s, "CC-BY-4.0", "https://x", "t");
    }

    @Test
    void bulkDirectoryDefaultsToBulkInsideTheDataDirectory() {
        assertEquals(Path.of("/srv/gongkai/data/bulk"), settings("", "/srv/gongkai/data").dir());
    }

    @Test
    void configuredBulkDirectoryWins() {
        assertEquals(Path.of("/var/bulk"), settings("/var/bulk", "/srv/gongkai/data").dir());
    }
}
