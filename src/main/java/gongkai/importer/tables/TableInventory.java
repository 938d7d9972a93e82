package gongkai.importer.tables;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.StandardTable;
import gongkai.importer.layout.TableOfContents;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Headings;
import gongkai.importer.text.TableTitles;
import gongkai.importer.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every table the document contains, from its table of contents and from the titles found, and what
 * became of each: read, empty (本表无数据), not read with the reason, or listed in the contents but
 * absent. Nothing the document holds is dropped without a word. A document that numbers its tables
 * the 公开NN way (the 2023 national set) gets them listed by number and standard title in that order;
 * any other (the 2024 set has no numbers) by its own titles in the order it prints them.
 */
public final class TableInventory {

    /** A title recognised with nothing table-like after it (0-based line). */
    public record TitleOnly(StandardTable kind, int line) {}

    /** A 公开NN table number, as the 2023 national set prints it beside or in titles. */
    private static final Pattern PUBLIC_NUMBER = Pattern.compile("公开(?:0[1-9]|10)(?![0-9])");

    private record Listed(StandardTable kind, ImportReport.TableEntry entry) {}

    private final List<String> lines;
    private final boolean[] toc;
    private final boolean[] skip;
    private final boolean numbered;
    private final boolean budget;

    public TableInventory(List<String> lines, boolean[] toc, boolean[] skip) {
        this(lines, toc, skip, false);
    }

    /**
     * @param budget the document is a budget (部门预算): its tables are named by the budget's own
     *     titles (部门收支总表 …), never by the final accounts' 公开NN numbers and titles
     */
    public TableInventory(List<String> lines, boolean[] toc, boolean[] skip, boolean budget) {
        this.lines = lines;
        this.toc = toc;
        this.skip = skip;
        this.budget = budget;
        this.numbered =
                !budget
                        && (lines.stream()
                                        .anyMatch(
                                                l -> PUBLIC_NUMBER.matcher(Texts.compact(l)).find())
                                || lines.stream().noneMatch(TableTitles::renamedIn2024));
    }

    /**
     * @param tables the tables built from {@code blocks}, one per block in the same order
     * @param orphanRows table rows with figures that belong to no table that was read
     */
    public List<ImportReport.TableEntry> entries(
            List<TableBlock> blocks,
            List<DisclosureContent.Table> tables,
            List<TitleOnly> titleOnly,
            int orphanRows) {
        List<Listed> entries = new ArrayList<>();
        Set<StandardTable> found = EnumSet.noneOf(StandardTable.class);
        for (int i = 0; i < blocks.size(); i++) {
            TableBlock b = blocks.get(i);
            DisclosureContent.Table t = tables.get(i);
            found.add(b.kind());
            entries.add(ofBlock(b, t, TableTitles.wording(b.title())));
        }
        for (TitleOnly t : titleOnly) {
            if (found.add(t.kind())) {
                entries.add(
                        entry(
                                t.kind(),
                                ImportReport.TableState.NOT_READ,
                                0,
                                t.line(),
                                "找到标题，但其后没有表格内容",
                                ownWording(t.line())));
            }
        }
        Map<StandardTable, Integer> split = new LinkedHashMap<>();
        Map<StandardTable, Integer> listed = listed();
        for (StandardTable kind : listed.keySet()) {
            if (!found.contains(kind)) {
                split.put(kind, splitTitle(kind));
            }
        }
        if (split.values().stream().anyMatch(at -> at >= 0)) {
            orphanRows = 0; // the figures after a split title are that table's
        }
        for (Map.Entry<StandardTable, Integer> e : split.entrySet()) {
            StandardTable kind = e.getKey();
            if (e.getValue() >= 0) {
                entries.add(
                        entry(
                                kind,
                                ImportReport.TableState.NOT_READ,
                                0,
                                e.getValue(),
                                "标题被拆成多行，未能识别为表格，表中数据未读取",
                                ownWording(e.getValue())));
            } else if (orphanRows > 0) {
                entries.add(
                        entry(
                                kind,
                                ImportReport.TableState.NOT_READ,
                                0,
                                null,
                                "目录中列出，但正文中未找到其标题；正文另有 " + orphanRows + " 行表格数字不属于任何已读取的表格",
                                listedWording(listed.get(kind))));
            } else {
                entries.add(
                        entry(
                                kind,
                                ImportReport.TableState.NOT_FOUND,
                                0,
                                null,
                                "目录中列出，但正文中没有这张表",
                                listedWording(listed.get(kind))));
            }
        }
        Comparator<Listed> byKind = Comparator.comparing(Listed::kind);
        entries.sort(
                numbered
                        ? byKind
                        : Comparator.comparing(
                                        (Listed e) -> e.entry().line(),
                                        Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(byKind));
        return entries.stream().map(Listed::entry).toList();
    }

    private Listed ofBlock(TableBlock b, DisclosureContent.Table t, String wording) {
        if (!t.rows().isEmpty()) {
            return entry(
                    b.kind(),
                    ImportReport.TableState.READ,
                    t.rows().size(),
                    b.line(),
                    null,
                    wording);
        }
        if (b.note() != null) {
            return entry(b.kind(), ImportReport.TableState.EMPTY, 0, b.line(), null, wording);
        }
        String reason;
        if (b.rows().isEmpty()) {
            reason = "找到标题，但其后没有表格内容";
        } else if (ColumnHeaders.map(ColumnHeaders.labels(b.rows()), b.kind().columns(), 0)
                .isEmpty()) {
            reason = "找到标题，但未识别出表头";
        } else {
            reason = "识别出表头，但没有解析出数据行";
        }
        return entry(b.kind(), ImportReport.TableState.NOT_READ, 0, b.line(), reason, wording);
    }

    /**
     * Numbered by 公开NN and titled as the standard set when the document numbers its tables so; else
     * by the wording the document prints (the standard title of its kind, budget or final accounts,
     * where none was found).
     */
    private Listed entry(
            StandardTable kind,
            ImportReport.TableState state,
            int rows,
            Integer line0,
            String reason,
            String wording) {
        String title =
                numbered || wording == null
                        ? budget ? TableTitles.budgetTitle(kind) : kind.title()
                        : wording;
        return new Listed(
                kind,
                new ImportReport.TableEntry(
                        numbered ? kind.label() : "",
                        title,
                        state,
                        rows,
                        line0 == null ? null : line0 + 1,
                        reason));
    }

    /** The title standing at {@code line0}, over one to three lines (a split title). */
    private String ownWording(int line0) {
        StringBuilder joined = new StringBuilder();
        for (int j = line0; j < Math.min(lines.size(), line0 + 3); j++) {
            joined.append(Texts.strip(lines.get(j)));
            String wording = TableTitles.wording(joined.toString());
            if (wording != null) {
                return wording;
            }
        }
        return null;
    }

    private String listedWording(Integer tocLine) {
        return tocLine == null
                ? null
                : TableTitles.wording(
                        TableOfContents.withoutPageNumber(Headings.unbullet(lines.get(tocLine))));
    }

    /** The tables the contents list, with the line of their entry. */
    Map<StandardTable, Integer> listed() {
        Map<StandardTable, Integer> listed = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!toc[i]) {
                continue;
            }
            String entry = TableOfContents.withoutPageNumber(Headings.unbullet(lines.get(i)));
            StandardTable kind = TableTitles.match(entry);
            if (kind != null && kind != StandardTable.PROSE) {
                listed.putIfAbsent(kind, i);
            }
        }
        return listed;
    }

    /**
     * The first body line where the table's title stands split over two or three short lines (the
     * PDF extraction broke it), or -1.
     */
    private int splitTitle(StandardTable kind) {
        for (int i = 0; i < lines.size(); i++) {
            List<Integer> taken = new ArrayList<>();
            for (int j = i; j < lines.size() && taken.size() < 3; j++) {
                String raw = lines.get(j);
                String t = Texts.strip(raw);
                if (skip[j] || t.isEmpty()) {
                    if (taken.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (raw.indexOf('\t') >= 0 || t.length() > 40) {
                    break;
                }
                taken.add(j);
                if (taken.size() >= 2 && TableTitles.match(joined(taken)) == kind) {
                    // the shortest run that still reads as the title: a heading above is no part
                    return taken.size() == 3
                                    && TableTitles.match(joined(taken.subList(1, 3))) == kind
                            ? taken.get(1)
                            : taken.get(0);
                }
            }
        }
        return -1;
    }

    private String joined(List<Integer> at) {
        StringBuilder joined = new StringBuilder();
        at.forEach(j -> joined.append(Texts.strip(lines.get(j))));
        return joined.toString();
    }
}
