package gongkai.search;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RegionRef;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StandardTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple reading of the three sample texts into DisclosureDocuments, for the
 * relevance suite when the real importer is not available: headings start sections, tab-separated
 * rows with a functional code become 公开03-like rows, "X（款）Y（项）" paragraphs become prose line items,
 * "N.名称项目自评综述：…" paragraphs become projects. Real content, rough structure.
 */
public final class SeedTextCorpus {

    private static final Pattern HEADING =
            Pattern.compile(
                    "^\\s*(第[一二三四五六七八九十]+部分.*|[一二三四五六七八九十]+、.{1,38}|（[一二三四五六七八九十]+）.{1,38})$");
    private static final Pattern ROW =
            Pattern.compile("^(\\d{3}|\\d{5}|\\d{7})\\t([^\\t]+)\\t(.*)$");
    private static final Pattern PROSE_ITEM =
            Pattern.compile("(?:(\\S+?)（类）)?(\\S+?)（款）(\\S+?)（项）");
    private static final Pattern PROJECT = Pattern.compile("^\\s*\\d+\\.(.+?)项目自评综述[：:](.*)$");

    private SeedTextCorpus() {}

    public static Path seedDir() {
        for (Path p : List.of(Path.of("src/main/resources/samples"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    public static List<DisclosureDocument> load() throws IOException {
        Path dir = seedDir();
        List<DisclosureDocument> docs = new ArrayList<>();
        if (dir == null) {
            return docs;
        }
        docs.add(
                read(
                        dir.resolve("000_326f025586c0027f.txt"),
                        100,
                        1000,
                        "内蒙古自治区法治宣传中心",
                        TestDocuments.INNER_MONGOLIA));
        docs.add(
                read(
                        dir.resolve("001_d044bc1c4c23d84f.txt"),
                        101,
                        1001,
                        "内蒙古自治区司法厅（本级）",
                        TestDocuments.INNER_MONGOLIA));
        docs.add(
                read(
                        dir.resolve("004_eb0cd755c809d774.txt"),
                        104,
                        1004,
                        "醴陵市司法局",
                        TestDocuments.LILING));
        return docs;
    }

    static DisclosureDocument read(Path file, long id, long unitId, String unit, RegionRef region)
            throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<SectionView> sections = new ArrayList<>();
        Map<String, RowView> rows = new LinkedHashMap<>();
        List<RowView> prose = new ArrayList<>();
        List<ProjectView> projects = new ArrayList<>();
        String title = "封面";
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                String code = row.group(1);
                if (!rows.containsKey(code)) {
                    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                    String[] cells = row.group(3).split("\\t");
                    List<StandardTable.Column> cols = StandardTable.G03.columns();
                    for (int i = 0; i < cells.length && i < cols.size(); i++) {
                        try {
                            amounts.put(
                                    cols.get(i).key(),
                                    new BigDecimal(cells[i].replace(",", "").trim()));
                        } catch (NumberFormatException ignored) {
                            // not an amount
                        }
                    }
                    rows.put(
                            code,
                            new RowView(
                                    code,
                                    row.group(2).trim(),
                                    LineItem.RowKind.FUNCTIONAL,
                                    LineItem.Side.EXPENSE,
                                    LineItem.levelOf(LineItem.RowKind.FUNCTIONAL, code),
                                    null,
                                    amounts));
                }
                continue;
            }
            if (HEADING.matcher(line).matches() && !line.contains("\t")) {
                flush(sections, title, body);
                title = line.strip();
                body = new StringBuilder();
                continue;
            }
            Matcher item = PROSE_ITEM.matcher(line);
            if (item.find()) {
                String name = item.group(3);
                String code =
                        CodeList.standard()
                                .findFunctional(item.group(1), item.group(2), name)
                                .map(CodeList.Code::code)
                                .orElse(null);
                prose.add(
                        new RowView(
                                code,
                                name,
                                LineItem.RowKind.FUNCTIONAL,
                                LineItem.Side.EXPENSE,
                                code == null ? null : 3,
                                null,
                                Map.of()));
            }
            Matcher project = PROJECT.matcher(line);
            if (project.matches()) {
                projects.add(
                        new ProjectView(
                                PerformanceProject.Kind.PROJECT,
                                project.group(1).replaceAll("[“”\"]", ""),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                project.group(2),
                                true,
                                List.of()));
            }
            body.append(line).append('\n');
        }
        flush(sections, title, body);
        List<TableView> tables = new ArrayList<>();
        if (!rows.isEmpty()) {
            tables.add(
                    new TableView(
                            "公开03",
                            StandardTable.G03,
                            StandardTable.G03.title(),
                            null,
                            null,
                            StandardTable.G03.columns(),
                            new ArrayList<>(rows.values())));
        }
        if (!prose.isEmpty()) {
            tables.add(
                    new TableView(
                            "情况说明",
                            StandardTable.PROSE,
                            StandardTable.PROSE.title(),
                            null,
                            null,
                            StandardTable.PROSE.columns(),
                            prose));
        }
        return TestDocuments.document(id, unitId, unit, region, 2023, sections, tables, projects);
    }

    private static void flush(List<SectionView> sections, String title, StringBuilder body) {
        if (!body.toString().isBlank()) {
            sections.add(new SectionView(null, title, body.toString().strip()));
        }
    }
}
