package gongkai.importer;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.MoneyUnit;
import gongkai.importer.report.ImportReport;
import gongkai.importer.tables.TableBlock;
import gongkai.importer.text.Amounts;
import gongkai.importer.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Measures how much of the document's tables came in: every numeric cell of a table row (a line
 * with cells) either became a stored amount of the table or project it stands in, or is skipped on
 * purpose (行次, 栏次, percentages, classification codes, years), or is listed as not stored.
 */
final class AmountCoverage {

    /** How many cells not stored the report lists; the count says how many there are in all. */
    static final int MAX_LISTED = 50;

    private static final Pattern PERCENT = Pattern.compile("-?[\\d,.]+\\s*[%％]");
    private static final Pattern CODE =
            Pattern.compile("\\d{3}(?:\\d{2}){0,2}|\\d{3}(?:\\s+\\d{2}){1,2}");
    private static final Pattern SMALL_INT = Pattern.compile("\\d{1,3}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    /** The lines [start, end) of a table or self-evaluation that was read, and what it stored. */
    record Owner(int start, int end, MoneyUnit unit, Set<BigDecimal> values, Set<String> texts) {

        static Owner ofTable(TableBlock b, DisclosureContent.Table t) {
            Set<BigDecimal> values = new HashSet<>();
            for (DisclosureContent.Row r : t.rows()) {
                r.amounts().values().forEach(v -> values.add(key(v)));
            }
            return new Owner(b.line(), b.end(), t.sourceMoneyUnit(), values, Set.of());
        }

        static Owner ofProject(int start, int end, DisclosureContent.Project p) {
            Set<BigDecimal> values = new HashSet<>();
            Set<String> texts = new HashSet<>();
            addNumbers(p, values, texts);
            for (DisclosureContent.Indicator i : p.indicators()) {
                addNumbers(i, values, texts);
            }
            return new Owner(start, end, MoneyUnit.WAN_YUAN, values, texts);
        }

        /** Every number and text a record holds (self-evaluations keep figures as printed). */
        private static void addNumbers(Record r, Set<BigDecimal> values, Set<String> texts) {
            for (var c : r.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                if (v instanceof BigDecimal d) {
                    values.add(key(d));
                } else if (v instanceof String s) {
                    texts.add(Texts.compact(s));
                }
            }
        }

        boolean holds(String cell, BigDecimal printed) {
            return values.contains(key(printed))
                    || unit != null && values.contains(key(unit.toYuan(printed)))
                    || texts.contains(Texts.compact(cell));
        }
    }

    /** The measure and the rows with figures outside every table that was read. */
    record Result(ImportReport.Coverage coverage, int orphanRows) {}

    private AmountCoverage() {}

    static Result measure(List<String> lines, boolean[] skip, List<Owner> owners) {
        int cells = 0;
        int stored = 0;
        int skipped = 0;
        int orphanRows = 0;
        List<ImportReport.Message> rest = new ArrayList<>();
        Set<Integer> lineNoColumns = Set.of();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (skip[i]) {
                continue;
            }
            if (raw.indexOf('\t') < 0) {
                if (!Texts.strip(raw).isEmpty()) {
                    lineNoColumns = Set.of(); // a title or prose: a new table starts after it
                }
                continue;
            }
            List<String> row = new ArrayList<>();
            for (String c : raw.split("\t", -1)) {
                row.add(Texts.strip(c));
            }
            Set<Integer> headed = columnsHeaded(row);
            if (!headed.isEmpty()) {
                lineNoColumns = headed;
            }
            Owner owner = ownerOf(owners, i);
            boolean numbering = numberingRow(row);
            int lost = 0;
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                BigDecimal value = numeric(cell);
                if (value == null) {
                    continue;
                }
                cells++;
                if (owner != null && owner.holds(cell, value)) {
                    stored++;
                } else if (numbering || deliberate(cell, row, c, lineNoColumns)) {
                    skipped++;
                } else {
                    lost++;
                    if (rest.size() < MAX_LISTED) {
                        rest.add(new ImportReport.Message(i + 1, describe(cell, row)));
                    }
                }
            }
            if (owner == null && lost >= 2) {
                orphanRows++;
            }
        }
        return new Result(
                ImportReport.Coverage.of(cells, stored, skipped, List.copyOf(rest)), orphanRows);
    }

    /** The value of a numeric cell (a percentage's number, a code's digits), or null. */
    static BigDecimal numeric(String cell) {
        if (cell.isEmpty() || cell.length() > 40) {
            return null;
        }
        if (PERCENT.matcher(cell).matches()) {
            Amounts.Amount a = Amounts.parse(cell.replaceAll("\\s*[%％]$", ""));
            return a == null ? null : a.value();
        }
        if (CODE.matcher(cell).matches()) {
            return new BigDecimal(cell.replaceAll("\\s+", ""));
        }
        Amounts.Amount a = Amounts.parse(cell);
        return a == null ? null : a.value();
    }

    /** 行次 and 序号 (by their column), percentages, codes before a name, years. */
    private static boolean deliberate(String cell, List<String> row, int c, Set<Integer> lineNo) {
        if (PERCENT.matcher(cell).matches()) {
            return true;
        }
        if (SMALL_INT.matcher(cell).matches() && lineNo.contains(c)) {
            return true;
        }
        if (CODE.matcher(cell).matches() && (firstFilled(row) == c || nameAt(row, c + 1))) {
            return true;
        }
        return YEAR.matcher(cell).matches();
    }

    /** A 栏次 row or a row of column numbers only (1, 2, 3 …). */
    private static boolean numberingRow(List<String> row) {
        int first = firstFilled(row);
        if (first >= 0 && Texts.compact(row.get(first)).startsWith("栏次")) {
            return true;
        }
        int numbers = 0;
        for (String c : row) {
            if (c.isEmpty()) {
                continue;
            }
            if (!SMALL_INT.matcher(c).matches()) {
                return false;
            }
            numbers++;
        }
        return numbers >= 3;
    }

    private static Set<Integer> columnsHeaded(List<String> row) {
        Set<Integer> headed = new HashSet<>();
        for (int c = 0; c < row.size(); c++) {
            String t = Texts.compact(row.get(c));
            if (t.equals("行次") || t.equals("序号")) {
                headed.add(c);
            }
        }
        return headed;
    }

    private static int firstFilled(List<String> row) {
        for (int c = 0; c < row.size(); c++) {
            if (!row.get(c).isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    private static boolean nameAt(List<String> row, int c) {
        return c < row.size() && !row.get(c).isEmpty() && numeric(row.get(c)) == null;
    }

    private static Owner ownerOf(List<Owner> owners, int line) {
        for (Owner o : owners) {
            if (line >= o.start() && line < o.end()) {
                return o;
            }
        }
        return null;
    }

    /** The cell and the label of its row, so staff can find it. */
    private static String describe(String cell, List<String> row) {
        for (String c : row) {
            if (!c.isEmpty() && numeric(c) == null) {
                String label = c.length() > 30 ? c.substring(0, 30) + "…" : c;
                return cell + "（" + label + "）";
            }
        }
        return cell;
    }

    private static BigDecimal key(BigDecimal v) {
        return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    }
}
