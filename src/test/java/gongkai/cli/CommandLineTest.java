package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.testsupport.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a fresh embedded database, as an operator would run it. */
class CommandLineTest {

    @TempDir Path tmp;
    private String url;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void pointAtAFreshDatabase() {
        url =
                "jdbc:h2:file:"
                        + tmp.resolve("data/gongkai")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE";
        System.setProperty("datasources.default.url", url);
        System.setProperty("gongkai.index-dir", tmp.resolve("index").toString());
        originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.clearProperty("datasources.default.url");
        System.clearProperty("gongkai.index-dir");
    }

    private Map<String, Integer> statusCounts() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "gongkai", "");
                ResultSet rs =
                        c.createStatement()
                                .executeQuery(
                                        "SELECT status, COUNT(*) FROM disclosure GROUP BY status")) {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
            return counts;
        }
    }

    @Test
    void importsADirectoryIntoANewDatabaseAndReportsEachFile() throws IOException, SQLException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.write(docs.resolve("a.txt"), Samples.bytes(Samples.LILING_JUSTICE_BUREAU));
        Files.write(docs.resolve("b.txt"), Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT));

        assertEquals(0, CommandLine.run(new String[] {"import", "--publish", docs.toString()}));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("单位：醴陵市司法局"), printed);
        assertTrue(printed.contains("进度：2/2（100%）"), printed);
        assertEquals(Map.of("PUBLISHED", 2), statusCounts());

        // Again, without --publish: new draft revisions, the published ones untouched.
        assertEquals(0, CommandLine.run(new String[] {"import", docs.resolve("a.txt").toString()}));
        assertEquals(Map.of("DRAFT", 1, "PUBLISHED", 2), statusCounts());
    }

    @Test
    void exitsNonZeroWhenAFileFails() throws IOException, SQLException {
        Path bad = Files.write(tmp.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 4, 5});
        Path good =
                Files.write(tmp.resolve("good.txt"), Samples.bytes(Samples.NMG_PUBLICITY_CENTRE));
        assertEquals(1, CommandLine.run(new String[] {"import", bad.toString(), good.toString()}));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("错误"));
        assertEquals(Map.of("DRAFT", 1), statusCounts());
    }

    @Test
    void rejectsUnknownCommandsAndMissingFiles() {
        assertEquals(2, CommandLine.run(new String[] {"frobnicate"}));
        assertEquals(2, CommandLine.run(new String[] {"import"}));
        assertEquals(
                2, CommandLine.run(new String[] {"import", tmp.resolve("nope.txt").toString()}));
    }

    /** A document that names neither its unit nor its year. */
    private static final String ANONYMOUS =
            String.join(
                    "\n",
                    "部门决算",
                    "第一部分 部门概况",
                    "一、部门职责",
                    "负责全市的法治宣传教育和人民调解工作。",
                    "第二部分 部门决算表",
                    "收入决算表",
                    "金额单位：元",
                    "项目\t\t本年收入合计\t财政拨款收入",
                    "合计\t\t300.00\t300.00",
                    "2040601\t行政运行\t300.00\t300.00",
                    "");

    @Test
    void unitAndYearFlagsApplyWhereTheDocumentDoesNotSay() throws IOException, SQLException {
        Path doc =
                Files.write(
                        tmp.resolve("anonymous.txt"), ANONYMOUS.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, CommandLine.run(new String[] {"import", doc.toString()}));
        String refused = out.toString(StandardCharsets.UTF_8);
        assertTrue(refused.contains("未能识别单位名称") && refused.contains("--unit"), refused);
        assertTrue(refused.contains("未能识别决算年度") && refused.contains("--year"), refused);

        out.reset();
        assertEquals(
                0,
                CommandLine.run(
                        new String[] {
                            "import", "--unit", "醴陵市司法局", "--year", "2022", doc.toString()
                        }));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("单位：醴陵市司法局　年度：2022"), printed);
        assertTrue(printed.contains("按命令行参数「醴陵市司法局」导入"), printed);
        assertEquals(Map.of("DRAFT", 1), statusCounts());

        assertEquals(2, CommandLine.run(new String[] {"import", "--year", "22", doc.toString()}));
        assertEquals(2, CommandLine.run(new String[] {"import", doc.toString(), "--unit"}));
    }

    @Test
    void importsADirectoryOnSeveralWorkersInFileOrderWithProgress()
            throws IOException, SQLException {
        Path docs = Files.createDirectories(tmp.resolve("many"));
        for (int year = 2015; year <= 2020; year++) {
            Files.write(
                    docs.resolve("liling-" + year + ".txt"),
                    gongkai.testsupport.SampleVariants.forYear(
                            Samples.LILING_JUSTICE_BUREAU, year));
        }
        System.setProperty("gongkai.import.workers", "3");
        try {
            assertEquals(0, CommandLine.run(new String[] {"import", "--publish", docs.toString()}));
        } finally {
            System.clearProperty("gongkai.import.workers");
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        int last = -1;
        for (int year = 2015; year <= 2020; year++) {
            int at = printed.indexOf("年度：" + year);
            assertTrue(at > last, "reports in file order: " + printed);
            last = at;
        }
        for (int done = 1; done <= 6; done++) {
            assertTrue(
                    printed.contains("进度：" + done + "/6（" + done * 100 / 6 + "%），预计剩余"), printed);
        }
        assertTrue(printed.contains("金额覆盖"), printed);
        assertEquals(Map.of("PUBLISHED", 6), statusCounts());
        assertEquals(Runtime.getRuntime().availableProcessors(), ImportCommand.workers());
    }
}
