package gongkai.importer.text;

import gongkai.disclosure.StandardTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises a standard table by its title. Documents number tables differently ("公开08表", "表八",
 * "一、", or not at all), may prefix the unit name and year, and append the money unit, so the title
 * is reduced to its wording and matched against known wordings, longest first (the 财政拨款 tables'
 * titles end with the plain tables' titles).
 */
public final class TableTitles {

    private record Alias(String text, StandardTable table, boolean budget) {}

    private static final List<Alias> ALIASES;

    static {
        Map<StandardTable, List<String>> wordings =
                Map.ofEntries(
                        Map.entry(StandardTable.G01, List.of("收入支出决算总表", "收支决算总表")),
                        Map.entry(StandardTable.G02, List.of("收入决算表")),
                        Map.entry(StandardTable.G03, List.of("支出决算表")),
                        Map.entry(
                                StandardTable.G04,
                                List.of("财政拨款收入支出决算总表", "财政拨款收入支出决算表", "财政拨款收支决算总表")),
                        Map.entry(
                                StandardTable.G05, List.of("一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算明细表")),
                        Map.entry(
                                StandardTable.G06,
                                List.of("一般公共预算财政拨款基本支出决算明细表", "一般公共预算财政拨款基本支出决算表", "基本支出决算明细表")),
                        Map.entry(
                                StandardTable.G07,
                                List.of(
                                        "政府性基金预算财政拨款收入支出决算表",
                                        "政府性基金预算财政拨款支出决算表",
                                        "政府性基金预算财政拨款收支决算表")),
                        Map.entry(
                                StandardTable.G08,
                                List.of("国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表")),
                        Map.entry(
                                StandardTable.G09,
                                List.of("财政拨款三公经费支出决算表", "三公经费支出决算表", "三公经费财政拨款支出决算表")),
                        Map.entry(
                                StandardTable.G10,
                                List.of(
                                        "相关信息统计表",
                                        "机构运行经费支出、国有资产占用情况及政府采购支出信息表",
                                        "机关运行经费支出、国有资产占用情况及政府采购支出信息表",
                                        "国有资产占用情况及政府采购支出信息表")),
                        Map.entry(
                                StandardTable.PROJECT_DETAIL,
                                List.of("一般公共预算财政拨款项目支出决算明细表", "项目支出决算明细表", "项目支出决算表")));
        List<Alias> aliases = new ArrayList<>();
        wordings.forEach(
                (table, texts) ->
                        texts.forEach(t -> aliases.add(new Alias(Texts.compact(t), table, false))));
        BudgetTableTitles.WORDINGS.forEach(
                (table, texts) ->
                        texts.forEach(t -> aliases.add(new Alias(Texts.compact(t), table, true))));
        aliases.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed());
        ALIASES = List.copyOf(aliases);
    }

    private static final Pattern BRACKETED = Pattern.compile("[(\\[【][^)\\]】]{0,30}[)\\]】]");
    private static final Pattern NUMBERING =
            Pattern.compile(
                    "^(?:公开\\d{1,2}表|公开\\d{1,2}|财决\\d{1,2}表|财决\\d{1,2}|附表\\d{1,2}|表[一二三四五六七八九十\\d]{1,3}|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、.．])[:、.．-]?");
    private static final Pattern TRAILING_LABEL =
            Pattern.compile(
                    "(?:公开\\d{1,2}表|公开\\d{1,2}|财决\\d{1,2}表|财决\\d{1,2}|附表\\d{1,2}|表\\d{1,2})$");

    /** How much may precede the wording: a unit name plus a year. */
    private static final int MAX_PREFIX = 30;

    private TableTitles() {}

    /** The table this line is the title of, or null. */
    public static StandardTable match(String line) {
        Alias a = alias(line);
        return a == null ? null : a.table();
    }

    /**
     * The national budget set's title of a table (部门收支总表 for the table that final accounts call
     * 收入支出决算总表), or the final accounts' title where budgets have no such table.
     */
    public static String budgetTitle(StandardTable kind) {
        List<String> wordings = BudgetTableTitles.WORDINGS.get(kind);
        return wordings == null ? kind.title() : wordings.get(0);
    }

    /** Whether this line is a table title as budgets (部门预算) word it. */
    public static boolean isBudgetTitle(String line) {
        Alias a = alias(line);
        return a != null && a.budget();
    }

    private static Alias alias(String line) {
        if (line == null) {
            return null;
        }
        String t = Texts.compact(line.replace('\t', ' '));
        if (t.length() < 4 || t.length() > 90) {
            return null;
        }
        t = BRACKETED.matcher(t).replaceAll("");
        t = TRAILING_LABEL.matcher(t).replaceAll("");
        if (t.endsWith("。") || t.endsWith(".")) {
            return null; // a sentence that mentions a table, not its title
        }
        // "表五一般公共预算…": the numbering's 一 may be the wording's first character
        Alias a = wordingAtEnd(NUMBERING.matcher(t).replaceFirst(""));
        return a != null ? a : wordingAtEnd(t);
    }

    private static Alias wordingAtEnd(String t) {
        for (Alias a : ALIASES) {
            if (t.endsWith(a.text()) && t.length() - a.text().length() <= MAX_PREFIX) {
                return a;
            }
        }
        return null;
    }

    /**
     * The title's wording as this document prints it ("财政拨款“三公”经费支出决算表"), without the unit name,
     * year, number and money unit around it; null when the line is no table's title.
     */
    public static String wording(String line) {
        StandardTable kind = match(line);
        if (kind == null) {
            return null;
        }
        String flat = line.replace('\t', ' ');
        for (Alias a : ALIASES) {
            String text = a.text();
            if (a.table() != kind || !Texts.compact(flat).contains(text)) {
                continue;
            }
            // the earliest, longest stretch of the line that reads as this wording
            for (int from = 0; from < flat.length(); from++) {
                if (flat.charAt(from) != text.charAt(0)) {
                    continue;
                }
                for (int to = flat.length(); to > from; to--) {
                    if (flat.charAt(to - 1) == text.charAt(text.length() - 1)
                            && Texts.compact(flat.substring(from, to)).equals(text)) {
                        return Texts.strip(flat.substring(from, to));
                    }
                }
            }
        }
        return null;
    }

    /** Titles the 2024 set (no numbers) gave tables that the 2023 公开 set titles otherwise. */
    private static final List<String> RENAMED_IN_2024 =
            List.of("一般公共预算财政拨款基本支出决算表", "国有资本经营预算财政拨款收入支出决算表");

    /** Whether this line is a title as only the 2024 set words it. */
    public static boolean renamedIn2024(String line) {
        if (match(line) == null) {
            return false;
        }
        String wording = wording(line);
        return wording != null && RENAMED_IN_2024.contains(Texts.compact(wording));
    }

    /** A line that is only a table's number ("公开01表", "表一"), printed above or below the title. */
    public static boolean isNumberLabel(String line) {
        String t = Texts.compact(line);
        return t.matches(
                "(?:部门|单位)?(?:公开\\d{1,2}表|公开\\d{1,2}|财决\\d{1,2}表|财决\\d{1,2}|附表\\d{1,2}|表[一二三四五六七八九十\\d]{1,3})");
    }
}
