package gongkai.inspection;

import gongkai.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Y01 the report's own year compared with itself ("比2026年预算增加" in a 2026 budget), Y02 a reference
 * date in the wrong year ("截至2023年" in a 2024 report), Y03 an implementation period that does not
 * cover the report's year.
 */
final class YearRules implements ProofRule {

    private static final Pattern COMPARED =
            Pattern.compile("(?:比|较|与|同)\\s*(\\d{4})\\s*年(度)?(?!\\d|月|\\s*\\d+\\s*月)(.{0,6})");

    private static final Pattern AS_OF = Pattern.compile("截[至止]\\s*(\\d{4})\\s*年");

    private static final Pattern PERIOD =
            Pattern.compile(
                    "(?:实施|执行|项目)(?:周期|期限|期间|年限|时间)\\s*[:：为是]?\\s*(\\d{4})\\s*年?"
                            + "(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?"
                            + "(?:\\s*(?:-|—|－|–|~|～|至|到)\\s*(\\d{4})\\s*年?)?");

    @Override
    public List<ProofFinding> check(ProofInput input, List<Paragraphs.Para> paragraphs) {
        List<ProofFinding> out = new ArrayList<>();
        int year = input.fiscalYear();
        for (Paragraphs.Para p : paragraphs) {
            selfComparison(input, year, p, out);
            asOf(input, year, p, out);
            period(year, p, out);
        }
        return out;
    }

    private static void selfComparison(
            ProofInput input, int year, Paragraphs.Para p, List<ProofFinding> out) {
        Matcher m = COMPARED.matcher(p.text());
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != year) {
                continue;
            }
            String after = m.group(3);
            // Final accounts compare their outcome with the same year's budget legitimately.
            if (!input.budget() && after.matches("^(?:年初|初|全年|调整)?.{0,2}预算.*")) {
                continue;
            }
            String doc = year + "年" + (input.budget() ? "预算" : "决算");
            out.add(
                    p.finding(
                            "Y01",
                            Severity.WARNING,
                            ChecklistItems.YEARS,
                            "本年与本年比较：“"
                                    + Paragraphs.around(p.text(), m.start(), m.end(), 10)
                                    + "”把"
                                    + year
                                    + "年与本报告所属的"
                                    + doc
                                    + "年度自身比较，应为与"
                                    + (year - 1)
                                    + "年比较"));
        }
    }

    private static void asOf(
            ProofInput input, int year, Paragraphs.Para p, List<ProofFinding> out) {
        Matcher m = AS_OF.matcher(p.text());
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            // A budget states the position at the end of the year before; final accounts at the
            // end of their own year (a later date of the publication year is possible too).
            int min = input.budget() ? year - 1 : year;
            int max = input.budget() ? year : year + 1;
            if (y >= min && y <= max) {
                continue;
            }
            out.add(
                    p.finding(
                            "Y02",
                            Severity.WARNING,
                            ChecklistItems.YEARS,
                            "截止年份有误：“"
                                    + Paragraphs.around(p.text(), m.start(), m.end(), 10)
                                    + "”写的是"
                                    + y
                                    + "年，而本报告是"
                                    + year
                                    + "年"
                                    + (input.budget() ? "预算" : "决算")
                                    + "，应截至"
                                    + min
                                    + "年"));
        }
    }

    private static void period(int year, Paragraphs.Para p, List<ProofFinding> out) {
        Matcher m = PERIOD.matcher(p.text());
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from <= year && year <= to || from < 1990 || to > 2100) {
                continue;
            }
            out.add(
                    p.finding(
                            "Y03",
                            Severity.WARNING,
                            ChecklistItems.YEARS,
                            "实施期限与报告年度不符：“"
                                    + Paragraphs.around(p.text(), m.start(), m.end(), 6)
                                    + "”为"
                                    + (from == to ? from + "年" : from + "—" + to + "年")
                                    + "，不含本报告的"
                                    + year
                                    + "年度"));
        }
    }
}
