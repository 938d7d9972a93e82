package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnvironmentAliasesTest {

    @AfterEach
    void clear() {
        for (String p :
                new String[] {
                    "gongkai.home",
                    "gongkai.data-dir",
                    "gongkai.index-dir",
                    "datasources.default.url",
                    "datasources.default.username"
                }) {
            System.clearProperty(p);
        }
    }

    @Test
    void shortVariablesSetTheDatasource() {
        EnvironmentAliases.apply(
                Map.of("GONGKAI_DB_URL", "jdbc:mysql://db:3306/gongkai", "GONGKAI_DB_USER", "gk"));
        assertEquals("jdbc:mysql://db:3306/gongkai", System.getProperty("datasources.default.url"));
        assertEquals("gk", System.getProperty("datasources.default.username"));
    }

    @Test
    void theRunGoalKeepsDataAndIndexInTheRepositoryUnlessTheVariablesSayOtherwise() {
        System.setProperty("gongkai.home", "/repo");
        EnvironmentAliases.apply(Map.of("GONGKAI_INDEX_DIR", "/elsewhere"));
        assertEquals("/repo/data", System.getProperty("gongkai.data-dir"));
        assertNull(
                System.getProperty("gongkai.index-dir"),
                "the variable wins through application.yml");
    }

    @Test
    void aDataDirectoryRelativeToTheWorkingDirectoryIsPassedOnAbsolute() {
        EnvironmentAliases.apply(Map.of("GONGKAI_DATA_DIR", "target/some-data"));
        assertEquals(
                Path.of("target/some-data").toAbsolutePath().normalize().toString(),
                System.getProperty("gongkai.data-dir"));
    }
}
