package gongkai.importer.layout;

import gongkai.disclosure.DisclosureContent;
import gongkai.importer.text.Headings;
import gongkai.importer.text.Texts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who and when: unit name, fiscal year, 单位负责人 / 财务负责人 / 编制人 / 报送日期 and the contact. Sources
 * in order of trust: labelled fields ("单位名称：…"), the cover ("2023年度" + "醴陵市司法局部门决算", or both on one
 * line), and the narrative, which opens its paragraphs with the unit name ("内蒙古自治区法治宣传中心
 * 2023年度收入、支出决算总计…").
 */
public final class HeaderFields {

    private static final Pattern FIELD =
            Pattern.compile(
                    "^(单位名称|部门名称|编制单位|填报单位|单位负责人|部门负责人|财务负责人|编制人|填报人|报送日期|填报日期)\\s*[:：]\\s*(.*)$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(20\\d{2})\\s*年度?$");
    private static final Pattern YEAR_AND_NAME =
            Pattern.compile(
                    "^(20\\d{2})\\s*年度?\\s*(.{2,40}?)\\s*(?:部门决算|单位决算|决算公开|决算报告|决算|部门预算|单位预算|预算公开|预算)?$");
    private static final Pattern NAME_AND_TITLE =
            Pattern.compile(
                    "^(.{2,40}?)\\s*(?:20\\d{2}\\s*年度?)?\\s*(部门决算|单位决算|决算公开|部门决算公开|单位决算公开|部门预算|单位预算|预算公开|部门预算公开|单位预算公开)(?:说明|报告|编制说明)?$");
    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern YEAR_ANYWHERE = Pattern.compile("(20\\d{2})\\s*年度");
    private static final String ORG_SUFFIX =
            "(?:局|厅|中心|所|院|处|委员会|委|会|馆|站|队|部|办公室|办|监狱|学校|（本级）|\\(本级\\))";

    /** "XX市司法局（部门）2023年度收入、支出决算总计…": the qualifier in brackets is not the name's. */
    private static final Pattern NAME_IN_BODY =
            Pattern.compile(
                    "^([\\p{IsHan}（）()]{4,40}?"
                            + ORG_SUFFIX
                            + ")\\s*(?:[（(](?:部门|单位|部门汇总|单位汇总|汇总)[)）])?\\s*(?=20\\d{2}\\s*年度|根据|截至)");

    /** A heading or title naming the unit: "第一部分 醴陵市司法局概况", "醴陵市司法局2023年度收入支出决算总表". */
    private static final Pattern NAME_IN_HEADING =
            Pattern.compile(
                    "^(?:第[一二三四五六七八九十\\d]{1,3}部分)?([\\p{IsHan}（）()]{2,40}?"
                            + ORG_SUFFIX
                            + ")(?:20\\d{2}年度?)?(?:部门|单位)?(?:概况|基本情况|决算|预算|[\\p{IsHan}“”\"、]{0,30}?[决预]算(?:明细|总)?表)$");

    private static final Pattern CONTACT_PERSON =
            Pattern.compile("联系人\\s*[:：]\\s*([\\p{IsHan}A-Za-z·]{2,10})");
    private static final Pattern CONTACT_PHONE =
            Pattern.compile("(?:联系电话|电话)\\s*[:：]\\s*([0-9０-９][0-9０-９\\-—－（）() ]{5,30}[0-9０-９])");
    private static final Pattern DATE =
            Pattern.compile(
                    "(20\\d{2})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*(?:[月.\\-/]\\s*(?:(\\d{1,2})\\s*日?)?)?");

    private HeaderFields() {}

    /**
     * What was found; {@code consumed} marks the lines that were header fields (not section text).
     */
    public record Found(
            String unitName,
            String unitNameSource,
            Integer fiscalYear,
            String bodyName,
            DisclosureContent.People people,
            boolean[] consumed) {}

    /**
     * @param coverEnd index of the first structural line (heading or table of contents): lines
     *     before it form the cover
     */
    public static Found find(List<String> lines, int coverEnd, boolean[] skip) {
        boolean[] consumed = new boolean[lines.size()];
        Map<String, String> fields = new HashMap<>();
        String coverName = null;
        Integer coverYear = null;
        for (int i = 0; i < lines.size(); i++) {
            if (skip[i] || lines.get(i).indexOf('\t') >= 0) {
                continue;
            }
            String t = Headings.unbullet(lines.get(i));
            if (t.isEmpty() || t.length() > 60) {
                continue;
            }
            Matcher f = FIELD.matcher(t);
            if (f.matches() && !f.group(2).isBlank()) {
                fields.putIfAbsent(f.group(1), Texts.strip(f.group(2)));
                consumed[i] = true;
                continue;
            }
            if (i >= coverEnd) {
                continue;
            }
            Matcher y = YEAR_ONLY.matcher(t);
            if (y.matches()) {
                coverYear = coverYear == null ? Integer.valueOf(y.group(1)) : coverYear;
                consumed[i] = true;
                continue;
            }
            Matcher n = NAME_AND_TITLE.matcher(t.replaceAll("\\s+", ""));
            if (n.matches()) {
                String named = n.group(1).replaceAll("20\\d{2}年度?$", "");
                // "2024年度部门决算" under the unit's name: a year, no name
                coverName = coverName == null && !named.isBlank() ? named : coverName;
                // budgets title "…2024年部门预算", without 度
                Matcher yy = TITLE_YEAR.matcher(t);
                if (yy.find() && coverYear == null) {
                    coverYear = Integer.valueOf(yy.group(1));
                }
                consumed[i] = true;
                continue;
            }
            Matcher yn = YEAR_AND_NAME.matcher(t.replaceAll("\\s+", ""));
            // "2024年度部门决算" names no unit: 部门/单位 there is the title's own word
            if (yn.matches() && Texts.hasHan(yn.group(2)) && !yn.group(2).matches("部门|单位")) {
                coverYear = coverYear == null ? Integer.valueOf(yn.group(1)) : coverYear;
                coverName = coverName == null ? yn.group(2) : coverName;
                consumed[i] = true;
            }
        }
        String bodyName = bodyName(lines, skip);
        String unitName = fields.containsKey("单位名称") ? fields.get("单位名称") : fields.get("部门名称");
        if (unitName == null) {
            unitName = fields.containsKey("编制单位") ? fields.get("编制单位") : fields.get("填报单位");
        }
        String source = "字段";
        if (unitName == null) {
            unitName = coverName;
            source = "封面";
        }
        if (unitName == null) {
            unitName = headingName(lines, skip);
            source = "标题";
        }
        if (unitName == null) {
            unitName = bodyName;
            source = "正文";
        }
        Integer year = coverYear != null ? coverYear : yearFromBody(lines, skip);
        String head = fields.containsKey("单位负责人") ? fields.get("单位负责人") : fields.get("部门负责人");
        String preparer = fields.containsKey("编制人") ? fields.get("编制人") : fields.get("填报人");
        String date = fields.containsKey("报送日期") ? fields.get("报送日期") : fields.get("填报日期");
        String[] contact = contact(lines, skip);
        var people =
                new DisclosureContent.People(
                        head, fields.get("财务负责人"), preparer, date(date), contact[0], contact[1]);
        return new Found(
                unitName, unitName == null ? null : source, year, bodyName, people, consumed);
    }

    /** The unit name that most headings and table titles carry. */
    private static String headingName(List<String> lines, boolean[] skip) {
        Map<String, Integer> votes = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (skip[i] || line.indexOf('\t') >= 0 || line.length() > 60) {
                continue;
            }
            Matcher m = NAME_IN_HEADING.matcher(Texts.compact(Headings.unbullet(line)));
            if (m.matches() && !m.group(1).matches("^[本第].*")) {
                votes.merge(m.group(1), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(
                        Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(e -> e.getKey().length()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** The name that most paragraphs open with. */
    private static String bodyName(List<String> lines, boolean[] skip) {
        Map<String, Integer> votes = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (skip[i]) {
                continue;
            }
            Matcher m = NAME_IN_BODY.matcher(Texts.strip(lines.get(i)));
            if (m.find() && !m.group(1).startsWith("本")) {
                votes.merge(m.group(1), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(
                        Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(e -> e.getKey().length()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** The year most often written as "2023年度". */
    private static Integer yearFromBody(List<String> lines, boolean[] skip) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (skip[i]) {
                continue;
            }
            Matcher m = YEAR_ANYWHERE.matcher(lines.get(i));
            while (m.find()) {
                votes.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static String[] contact(List<String> lines, boolean[] skip) {
        String person = null;
        String phone = null;
        for (int i = 0; i < lines.size() && (person == null || phone == null); i++) {
            if (skip[i]) {
                continue;
            }
            String line = lines.get(i);
            if (line.length() > 200 || !(line.contains("联系人") || line.contains("电话"))) {
                continue;
            }
            Matcher p = CONTACT_PERSON.matcher(line);
            if (person == null && p.find()) {
                person = p.group(1);
            }
            Matcher ph = CONTACT_PHONE.matcher(line);
            if (phone == null && ph.find()) {
                phone = Texts.strip(ph.group(1));
            }
        }
        return new String[] {person, phone};
    }

    /** "2024年8月" → 2024-08-01, "2024年8月5日" / "2024-08-05" → that day; null when not a date. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            int month = Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return LocalDate.of(Integer.parseInt(m.group(1)), month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
