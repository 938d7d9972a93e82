package gongkai.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.classification.CodeList.Code;
import gongkai.classification.CodeList.CodeSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped code list: it covers what the sample disclosures use, its hierarchy is complete, and
 * the Flyway migrations that load codes and regions agree with their sources.
 */
class CodeListTest {

    /** The sample disclosures shipped with the project (copies of ../shared/seeds). */
    private static final Path SEEDS = Path.of("src/main/resources/samples");

    /**
     * A code cell (functional codes start with 2, economic ones with 3) followed by its name cell.
     */
    private static final Pattern CODE_CELL = Pattern.compile("[23]\\d{2}(?:\\d{2}){0,2}");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** Narrative form: 司法（款）社区矫正（项）. */
    private static final Pattern NARRATIVE_ITEM =
            Pattern.compile("([\\p{IsHan}、]+)（款）([\\p{IsHan}、]+)（项）");

    /**
     * (款, 项) pairs that the sample narratives name wrongly (the unit's own slips, not missing
     * codes): 公务员医疗补助 and 行政事业单位医疗 belong to 21011 行政事业单位医疗, not to 21004 公共卫生, and 20805 is called
     * 行政事业单位养老支出.
     */
    private static final Set<String> KNOWN_NARRATIVE_SLIPS =
            Set.of("公共卫生/公务员医疗补助", "公共卫生/行政事业单位医疗", "行政事业单位养老保险支出/机关养老保险单位基本养老保险缴费支出");

    private static final Pattern V3_ROW =
            Pattern.compile(
                    "\\('(FUNCTIONAL|ECONOMIC)', '(\\d+)', '([^']*)', (\\d), (NULL|'(\\d+)')\\)");
    private static final Pattern V2_ROW =
            Pattern.compile(
                    "\\('(\\d{6})', '([^']*)', '(PROVINCE|CITY|COUNTY)', (NULL|'(\\d{6})')\\)");

    private final CodeList codes = CodeList.standard();

    @Test
    void everyCodeInTheSeedTablesIsInTheCodeListWithItsOfficialName() throws IOException {
        Map<String, String> found = seedTableCodes();
        assertTrue(
                found.size() >= 90,
                "expected the seed tables to give at least 90 codes, got " + found.size());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : found.entrySet()) {
            String code = e.getKey();
            String documentName = CodeList.normalise(e.getValue());
            var listed = code.startsWith("2") ? codes.functional(code) : codes.economic(code);
            if (listed.isEmpty()) {
                problems.add(code + " " + e.getValue() + ": missing");
                continue;
            }
            String official = CodeList.normalise(listed.get().name());
            // A name wrapped onto the next table line reaches us cut short: it must still be the
            // official name's start.
            if (!official.equals(documentName)
                    && !(documentName.length() >= 4 && official.startsWith(documentName))) {
                problems.add(code + " " + e.getValue() + ": listed as " + listed.get().name());
            }
        }
        assertTrue(
                problems.isEmpty(), "seed table codes not matched by the code list: " + problems);
    }

    @Test
    void theSeedTablesIncludeTheEconomicDetailTableAndFunctionalRows() throws IOException {
        Map<String, String> found = seedTableCodes();
        // 公开06 gives three code/name/amount groups per line: codes from the second and third group
        // count too.
        for (String code :
                List.of("2040610", "2210201", "301", "30217", "30231", "31099", "39908", "39999")) {
            assertTrue(found.containsKey(code), "seed tables should contain " + code);
        }
    }

    @Test
    void everyItemNamedInTheSeedNarrativesResolvesToOneCode() throws IOException {
        List<String> unresolved = new ArrayList<>();
        int checked = 0;
        for (String text : seedTexts()) {
            Matcher m = NARRATIVE_ITEM.matcher(text);
            while (m.find()) {
                String pair = m.group(1) + "/" + m.group(2);
                if (KNOWN_NARRATIVE_SLIPS.contains(pair)) {
                    continue;
                }
                checked++;
                if (codes.findFunctional(null, m.group(1), m.group(2)).isEmpty()) {
                    unresolved.add(pair);
                }
            }
        }
        assertTrue(checked >= 20, "expected at least 20 narrative items, got " + checked);
        assertTrue(
                unresolved.isEmpty(),
                "narrative (款)(项) names without a unique code: " + unresolved);
    }

    @Test
    void communityCorrectionIsFoundByItsNamesWithOrWithoutTheClass() {
        assertEquals(
                "2040610",
                codes.findFunctional("公共安全支出", "司法", "社区矫正").map(Code::code).orElse(null));
        assertEquals(
                "2040610", codes.findFunctional(null, "司法", "社区矫正").map(Code::code).orElse(null));
    }

    @Test
    void itemsThatTheSeedNarrativesNameAreFoundUnderTheirSection() {
        assertEquals(
                "2040613", codes.findFunctional(null, "司法", "信息化建设").map(Code::code).orElse(null));
        assertEquals(
                "2080116",
                codes.findFunctional(null, "人力资源和社会保障管理事务", "引进人才费用").map(Code::code).orElse(null));
    }

    @Test
    void itemNamesThatRecurUnderManySectionsNeedTheSection() {
        assertTrue(codes.findFunctional(null, null, "行政运行").isEmpty());
        assertEquals(
                "2040601", codes.findFunctional(null, "司法", "行政运行").map(Code::code).orElse(null));
        assertEquals(
                "2040201", codes.findFunctional(null, "公安", "行政运行").map(Code::code).orElse(null));
    }

    @Test
    void itemsOfTheSupplementAreFoundByTheirNamesUnderTheirSection() {
        // 2010601 行政运行 under 20106 财政事务 is a supplement code (a finance bureau's narrative).
        assertEquals(
                "2010601",
                codes.findFunctional("一般公共服务支出", "财政事务", "行政运行").map(Code::code).orElse(null));
        assertEquals(
                "2013299",
                codes.findFunctional(null, "组织事务", "其他组织事务支出").map(Code::code).orElse(null));
        assertTrue(codes.findFunctional(null, null, "行政运行").isEmpty());
    }

    @Test
    void theJusticeSectionHasItsOfficialItems() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("2040601", "行政运行");
        expected.put("2040602", "一般行政管理事务");
        expected.put("2040603", "机关服务");
        expected.put("2040604", "基层司法业务");
        expected.put("2040605", "普法宣传");
        expected.put("2040606", "律师管理");
        expected.put("2040607", "公共法律服务");
        expected.put("2040608", "国家统一法律职业资格考试");
        expected.put("2040610", "社区矫正");
        expected.put("2040612", "法治建设");
        expected.put("2040650", "事业运行");
        expected.put("2040699", "其他司法支出");
        expected.forEach(
                (code, name) ->
                        assertEquals(
                                name, codes.functional(code).map(Code::name).orElse(null), code));
        assertEquals("公共安全支出", codes.functional("204").map(Code::name).orElse(null));
        assertEquals("公务接待费", codes.economic("30217").map(Code::name).orElse(null));
    }

    @Test
    void everySectionAndItemHasItsParentInTheSameSystem() {
        List<String> orphans = new ArrayList<>();
        for (Code c : codes.all()) {
            assertTrue(
                    c.code()
                            .matches(
                                    c.system() == CodeSystem.FUNCTIONAL
                                            ? "\\d{3}|\\d{5}|\\d{7}"
                                            : "\\d{3}|\\d{5}"),
                    "bad code length: " + c);
            String parent = c.parentCode();
            if (parent != null) {
                var found =
                        c.system() == CodeSystem.FUNCTIONAL
                                ? codes.functional(parent)
                                : codes.economic(parent);
                if (found.isEmpty()) {
                    orphans.add(c.system() + " " + c.code());
                }
            }
        }
        assertTrue(orphans.isEmpty(), "codes without their parent: " + orphans);
    }

    @Test
    void theCsvFilesHaveUniqueSortedCodesAndNamesWithoutCommas() {
        for (String resource : List.of("codes/functional.csv", "codes/economic.csv")) {
            List<String[]> rows = csvRows(resource);
            assertFalse(rows.isEmpty(), resource);
            Set<String> seen = new HashSet<>();
            String previous = "";
            for (String[] row : rows) {
                assertTrue(seen.add(row[0]), resource + ": duplicate code " + row[0]);
                assertTrue(previous.compareTo(row[0]) < 0, resource + ": not sorted at " + row[0]);
                assertFalse(
                        row[1].isBlank() || row[1].contains(","),
                        resource + ": bad name for " + row[0]);
                previous = row[0];
            }
        }
    }

    @Test
    void theClassificationMigrationHoldsExactlyTheCsvRows() {
        Map<String, String> expected = new TreeMap<>();
        for (String[] row : csvRows("codes/functional.csv")) {
            expected.put("FUNCTIONAL " + row[0], sqlRow(row[0], row[1]));
        }
        for (String[] row : csvRows("codes/economic.csv")) {
            expected.put("ECONOMIC " + row[0], sqlRow(row[0], row[1]));
        }

        String sql = resource("db/migration/V3__classification_codes.sql");
        Map<String, String> actual = new TreeMap<>();
        Matcher m = V3_ROW.matcher(sql);
        int parsed = 0;
        while (m.find()) {
            parsed++;
            String previous =
                    actual.put(
                            m.group(1) + " " + m.group(2),
                            sqlRow(m.group(2), m.group(3), m.group(4), m.group(6)));
            assertNull(previous, "V3 inserts " + m.group(1) + " " + m.group(2) + " twice");
        }
        assertEquals(
                countValueLines(sql), parsed, "every V3 value row must have the expected shape");
        assertEquals(
                List.of(),
                differences(expected, actual),
                "V3 differs from the CSV files (regenerate it from them)");

        // and the in-memory list is those same rows
        Map<String, String> loaded = new TreeMap<>();
        for (Code c : codes.all()) {
            loaded.put(c.system() + " " + c.code(), sqlRow(c.code(), c.name()));
        }
        assertEquals(
                List.of(),
                differences(expected, loaded),
                "CodeList.standard() differs from the CSV files");
    }

    /** Keys whose rows differ, as "key: expected -> actual" (null where a row is missing). */
    private static List<String> differences(
            Map<String, String> expected, Map<String, String> actual) {
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        List<String> diffs = new ArrayList<>();
        for (String key : keys) {
            String e = expected.get(key);
            String a = actual.get(key);
            if (e == null ? a != null : !e.equals(a)) {
                diffs.add(key + ": " + e + " -> " + a);
            }
        }
        return diffs;
    }

    @Test
    void theRegionMigrationHasUniqueCodesAndEveryParentExists() {
        String sql = resource("db/migration/V2__regions.sql");
        Map<String, String[]> regions = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        Matcher m = V2_ROW.matcher(sql);
        int parsed = 0;
        while (m.find()) {
            parsed++;
            if (regions.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(5)})
                    != null) {
                duplicates.add(m.group(1));
            }
        }
        assertEquals(
                countValueLines(sql), parsed, "every V2 value row must have the expected shape");
        assertTrue(duplicates.isEmpty(), "duplicate region codes: " + duplicates);
        assertTrue(
                regions.size() > 3000, "expected the whole national list, got " + regions.size());

        List<String> problems = new ArrayList<>();
        Map<String, String> parentLevel = Map.of("CITY", "PROVINCE", "COUNTY", "CITY");
        regions.forEach(
                (code, r) -> {
                    String level = r[1];
                    String parent = r[2];
                    if (level.equals("PROVINCE")) {
                        if (parent != null || !code.endsWith("0000")) {
                            problems.add(code + " province with parent " + parent);
                        }
                    } else if (parent == null || !regions.containsKey(parent)) {
                        problems.add(code + " missing parent " + parent);
                    } else if (!regions.get(parent)[1].equals(parentLevel.get(level))) {
                        problems.add(code + " " + level + " under " + regions.get(parent)[1]);
                    } else if (!code.startsWith(
                            parent.substring(0, level.equals("CITY") ? 2 : 4))) {
                        problems.add(code + " does not share its parent's prefix " + parent);
                    }
                });
        assertTrue(problems.isEmpty(), "region hierarchy problems: " + problems);

        assertRegion(regions, "430281", "醴陵市", "COUNTY", "430200");
        assertRegion(regions, "430200", "株洲市", "CITY", "430000");
        assertRegion(regions, "430000", "湖南省", "PROVINCE", null);
        assertRegion(regions, "150000", "内蒙古自治区", "PROVINCE", null);
        assertEquals(31, regions.values().stream().filter(r -> r[1].equals("PROVINCE")).count());
    }

    private static void assertRegion(
            Map<String, String[]> regions, String code, String name, String level, String parent) {
        String[] r = regions.get(code);
        assertNotNull(r, "region " + code + " missing");
        assertEquals(name, r[0], code);
        assertEquals(level, r[1], code);
        assertEquals(parent, r[2], code);
    }

    // ---- helpers

    private static List<String> seedTexts() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            fail(
                    "sample disclosures not found at "
                            + SEEDS.toAbsolutePath().normalize()
                            + ": run the tests from the project directory");
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            fail("no sample disclosures (*.txt) in " + SEEDS.toAbsolutePath().normalize());
        }
        return texts;
    }

    /** Code → name as a table row gives it: a code cell followed by a cell with Chinese text. */
    private static Map<String, String> seedTableCodes() throws IOException {
        Map<String, String> found = new TreeMap<>();
        for (String text : seedTexts()) {
            for (String line : text.split("\\R")) {
                String[] cells = line.split("\t", -1);
                for (int i = 0; i + 1 < cells.length; i++) {
                    String cell = cells[i].strip();
                    String next = cells[i + 1].strip();
                    if (CODE_CELL.matcher(cell).matches() && HAN.matcher(next).find()) {
                        found.putIfAbsent(cell, next);
                    }
                }
            }
        }
        return found;
    }

    private static List<String[]> csvRows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : resource(resource).split("\\R")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("code,")) {
                continue;
            }
            int comma = line.indexOf(',');
            rows.add(
                    new String[] {
                        line.substring(0, comma).strip(), line.substring(comma + 1).strip()
                    });
        }
        return rows;
    }

    private static String sqlRow(String code, String name) {
        int level =
                switch (code.length()) {
                    case 3 -> 1;
                    case 5 -> 2;
                    case 7 -> 3;
                    default -> throw new AssertionError("bad code length: " + code);
                };
        return sqlRow(
                code,
                name,
                String.valueOf(level),
                code.length() == 3 ? null : code.substring(0, code.length() - 2));
    }

    private static String sqlRow(String code, String name, String level, String parent) {
        return code + "|" + name + "|" + level + "|" + parent;
    }

    /** Lines of a multi-row INSERT that hold one value tuple. */
    private static int countValueLines(String sql) {
        int count = 0;
        for (String line : sql.split("\\R")) {
            if (line.startsWith("(")) {
                count++;
            }
        }
        return count;
    }

    private static String resource(String name) {
        try (InputStream in = CodeListTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
