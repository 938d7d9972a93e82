package gongkai.importer.tables;

import gongkai.classification.CodeList;
import gongkai.classification.FormerNames;
import gongkai.importer.report.ImportReport;
import gongkai.importer.text.Texts;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classification-code helpers for table rows: finding the code in a row and checking its name. */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern CODE_WITH_NAME =
            Pattern.compile("^[\\[【]?(\\d{3}|\\d{5}|\\d{7})[\\]】]?\\s*([^\\d\\s.,].*)$");

    private Codes() {}

    /**
     * A code found at the start of a row: the code, the name if it shared the cell, and the next
     * cell's index.
     */
    record Found(String code, String name, int next) {}

    /**
     * Looks for a code in the first cells: "2040610", "2040610 社区矫正", or split over 类/款/项 cells
     * ("204", "06", "10") as older templates print it.
     */
    static Found leading(TableBlock.GridRow row, int from) {
        int i = from;
        while (i < row.cells().size() && i < from + 2 && row.blankAt(i)) {
            i++;
        }
        String first = Texts.compact(row.cell(i));
        if (first.matches("\\d{3}")) {
            StringBuilder code = new StringBuilder(first);
            int j = i + 1;
            while (j < i + 3 && Texts.compact(row.cell(j)).matches("\\d{2}")) {
                code.append(Texts.compact(row.cell(j)));
                j++;
            }
            return new Found(code.toString(), null, j);
        }
        if (CODE.matcher(first).matches()) {
            return new Found(first, null, i + 1);
        }
        Matcher m = CODE_WITH_NAME.matcher(Texts.strip(row.cell(i)));
        if (m.matches() && Texts.hasHan(m.group(2))) {
            return new Found(m.group(1), Texts.cellName(m.group(2)), i + 1);
        }
        return null;
    }

    public static boolean sameName(String a, String b) {
        return Texts.compact(a).equals(Texts.compact(b));
    }

    /**
     * Reports a code the lists do not hold, or one printed with another name than the official one.
     * A well-formed code under a known parent is valid but newer than our list, and a former
     * official name is outdated wording: both are information, not warnings.
     */
    public static void checkName(
            CodeList codes,
            boolean functional,
            String code,
            String name,
            int line,
            ImportReport.Builder report) {
        String system = functional ? "功能分类" : "经济分类";
        CodeList.Lookup found =
                codes.lookup(
                        functional ? CodeList.CodeSystem.FUNCTIONAL : CodeList.CodeSystem.ECONOMIC,
                        code);
        switch (found.standing()) {
            case UNKNOWN ->
                    report.info(
                            line, system + "科目编码 " + code + "（" + name + "）不在代码表中，其上级科目也未知，请核对");
            case PARENT_KNOWN ->
                    report.info(
                            line,
                            system
                                    + "科目编码 "
                                    + code
                                    + "（"
                                    + name
                                    + "）不在代码表中，其上级科目 "
                                    + found.parent().code()
                                    + "（"
                                    + found.parent().name()
                                    + "）已知，按有效编码接受");
            default -> {
                String official = found.code().name();
                if (name == null || name.isBlank() || sameName(official, name)) {
                    return;
                }
                if (FormerNames.isFormerName(code, name)) {
                    report.info(line, "科目 " + code + " 使用了旧名称「" + name + "」，现名「" + official + "」");
                } else {
                    report.warn(line, "科目 " + code + " 的名称「" + name + "」与代码表「" + official + "」不一致");
                }
            }
        }
    }

    /**
     * Compact 类 name → code, per code list: built once, the two-sided tables look up every expense
     * line.
     */
    private static final Map<CodeList, Map<String, String>> CLASS_NAMES =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The 3-digit 类 code whose name is {@code name} (with or without the trailing 支出), if any. */
    static Optional<String> classCode(CodeList codes, String name) {
        Map<String, String> index = CLASS_NAMES.computeIfAbsent(codes, Codes::classIndex);
        String n = Texts.compact(name);
        String code = index.get(n);
        if (code == null) {
            code = index.get(n + "支出");
        }
        if (code == null && n.endsWith("支出")) {
            code = index.get(n.substring(0, n.length() - 2));
        }
        return Optional.ofNullable(code);
    }

    private static Map<String, String> classIndex(CodeList codes) {
        Map<String, String> index = new HashMap<>();
        for (CodeList.Code c : codes.all()) {
            if (c.system() == CodeList.CodeSystem.FUNCTIONAL && c.code().length() == 3) {
                index.putIfAbsent(Texts.compact(c.name()), c.code());
            }
        }
        return index;
    }
}
