package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.SectionKey;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 情况说明's own arithmetic, figure against figure (warnings):
 *
 * <ul>
 *   <li>{@code NARRATIVE-CHANGE}: "本年支出合计1374.29万元。与上年相比，增加164.68万元，增长13.61%" — the rate must be
 *       the change over last year's figure (this year's minus the change), and 增加 cannot go with
 *       下降;
 *   <li>{@code NARRATIVE-BUDGET}: "年初预算24.59万元，支出决算93.68万元，完成年初预算的380.97%" — the rate must be 决算 ÷
 *       预算, and a following "决算数大于/小于/等于年初预算数" must say what the two figures say.
 * </ul>
 *
 * Every printed figure stands for the interval its rounding allows ({@link Stated}), so no rate is
 * called wrong for rounding alone.
 */
final class NarrativeChanges implements RuleFamily {

    private static final String NUM = "([0-9][0-9,]*(?:\\.[0-9]+)?)";

    private static final Pattern CHANGE =
            Pattern.compile(
                    "(?:与|比|较|同)(?:上年|上一年|去年|上年度|年初预算)(?:数)?(?:决算)?(?:数)?(?:相比|比较)?[，,]?"
                            + "[^0-9。；;%]{0,12}?(增加|减少|增长|下降)了?"
                            + NUM
                            + "(万元|元)[，,]?(增长|下降|减少|增加)了?"
                            + NUM
                            + "%");

    /** An amount that is not itself a change ("增加69.09万元"): the figure a change is relative to. */
    private static final Pattern AMOUNT =
            Pattern.compile("(?<!增加|减少|增长|下降|增加了|减少了|[0-9,.])" + NUM + "(万元|元)");

    private static final Pattern BUDGET_PAIR =
            Pattern.compile(
                    "预算(?:数)?为?"
                            + NUM
                            + "(万元|元)[，,]?(?:支出)?决算(?:数)?为?"
                            + NUM
                            + "(万元|元)(?:[，,]?完成(?:年初|全年)?预算(?:数)?的"
                            + NUM
                            + "%)?");

    private static final Pattern BUDGET_AFTER =
            Pattern.compile(
                    NUM
                            + "(万元|元)[。，,]?与(?:年初|全年)?预算(?:数)?"
                            + NUM
                            + "(万元|元)相比[，,]?完成(?:年初|全年)?预算(?:数)?的"
                            + NUM
                            + "%");

    private static final Pattern WORDING =
            Pattern.compile("决算数?(大于|高于|超过|多于|小于|低于|少于|等于|持平于|持平)(?:年初|全年)?预算数?");

    private static final BigDecimal SLACK = new BigDecimal("0.05");

    @Override
    public void check(Checks c) {
        for (SectionView s : c.sections()) {
            if (NarrativeShares.key(s) == null
                    || NarrativeShares.key(s) == SectionKey.GLOSSARY
                    || NarrativeShares.key(s) == SectionKey.WORK_DONE) {
                continue;
            }
            String text = Narrative.compact(s.body());
            changes(c, s, text);
            budgets(c, s, text);
        }
    }

    private static void changes(Checks c, SectionView s, String text) {
        Matcher m = CHANGE.matcher(text);
        while (m.find()) {
            String sentence = m.group();
            boolean up = m.group(1).startsWith("增");
            boolean rateUp = m.group(4).startsWith("增");
            if (up != rateUp && Stated.of(m.group(2)).value().signum() != 0) {
                c.add(
                        "NARRATIVE-CHANGE",
                        Severity.WARNING,
                        Location.section(s.key()),
                        "情况说明“"
                                + NarrativeRules.abbreviate(sentence)
                                + "”先称"
                                + m.group(1)
                                + " "
                                + m.group(2)
                                + m.group(3)
                                + "，又称"
                                + m.group(4)
                                + " "
                                + m.group(5)
                                + "%，增减方向自相矛盾。");
                continue;
            }
            Matcher last = AMOUNT.matcher(text.substring(Math.max(0, m.start() - 80), m.start()));
            String nowPrinted = null;
            String nowUnit = null;
            while (last.find()) {
                nowPrinted = last.group(1);
                nowUnit = last.group(2);
            }
            if (nowPrinted == null || !nowUnit.equals(m.group(3))) {
                continue;
            }
            Stated now = Stated.of(nowPrinted);
            Stated delta = Stated.of(m.group(2));
            Stated rate = Stated.of(m.group(5));
            if (now == null || delta == null || rate == null) {
                continue;
            }
            Stated before = up ? now.minus(delta) : now.plus(delta);
            if (before.low().signum() <= 0 || rate.admitsShare(delta, before, SLACK)) {
                continue;
            }
            c.add(
                    "NARRATIVE-CHANGE",
                    Severity.WARNING,
                    Location.section(s.key()),
                    "情况说明称本年 "
                            + now.value().toPlainString()
                            + m.group(3)
                            + "、"
                            + m.group(1)
                            + " "
                            + delta.value().toPlainString()
                            + m.group(3)
                            + "、"
                            + m.group(4)
                            + " "
                            + rate.value().toPlainString()
                            + "%（“"
                            + NarrativeRules.abbreviate(sentence)
                            + "”），但按这两个数，上年为 "
                            + before.value().toPlainString()
                            + m.group(3)
                            + "，变动率应为 "
                            + Stated.percent(delta.value(), before.value()).toPlainString()
                            + "%。");
        }
    }

    private static void budgets(Checks c, SectionView s, String text) {
        Matcher m = BUDGET_PAIR.matcher(text);
        while (m.find()) {
            if (!m.group(2).equals(m.group(4))) {
                continue;
            }
            Stated budget = Stated.of(m.group(1));
            Stated actual = Stated.of(m.group(3));
            rate(c, s, m.group(), budget, actual, m.group(2), m.group(5));
            int end = text.length();
            Matcher next = BUDGET_PAIR.matcher(text);
            if (next.find(m.end())) {
                end = next.start();
            }
            wording(
                    c,
                    s,
                    text.substring(m.end(), Math.min(end, m.end() + 300)),
                    budget,
                    actual,
                    m.group(2));
        }
        Matcher after = BUDGET_AFTER.matcher(text);
        while (after.find()) {
            if (after.group(2).equals(after.group(4))) {
                rate(
                        c,
                        s,
                        after.group(),
                        Stated.of(after.group(3)),
                        Stated.of(after.group(1)),
                        after.group(2),
                        after.group(5));
            }
        }
    }

    private static void rate(
            Checks c,
            SectionView s,
            String text,
            Stated budget,
            Stated actual,
            String unit,
            String printed) {
        Stated rate = printed == null ? null : Stated.of(printed);
        if (rate == null || budget == null || actual == null || budget.low().signum() <= 0) {
            return;
        }
        if (rate.admitsShare(actual, budget, SLACK)) {
            return;
        }
        c.add(
                "NARRATIVE-BUDGET",
                Severity.WARNING,
                Location.section(s.key()),
                "情况说明称完成预算的 "
                        + rate.value().toPlainString()
                        + "%（“"
                        + NarrativeRules.abbreviate(text)
                        + "”），但决算数 "
                        + actual.value().toPlainString()
                        + unit
                        + " ÷ 预算数 "
                        + budget.value().toPlainString()
                        + unit
                        + " = "
                        + Stated.percent(actual.value(), budget.value()).toPlainString()
                        + "%。");
    }

    private static void wording(
            Checks c, SectionView s, String following, Stated budget, Stated actual, String unit) {
        Matcher w = WORDING.matcher(following);
        if (budget == null || actual == null || !w.find()) {
            return;
        }
        int cmp = actual.value().compareTo(budget.value());
        String word = w.group(1);
        boolean more = word.matches("大于|高于|超过|多于");
        boolean less = word.matches("小于|低于|少于");
        boolean wrong = more ? cmp <= 0 : less ? cmp >= 0 : cmp != 0;
        if (!wrong) {
            return;
        }
        c.add(
                "NARRATIVE-BUDGET",
                Severity.WARNING,
                Location.section(s.key()),
                "情况说明称“"
                        + w.group()
                        + "”，但所述决算数 "
                        + actual.value().toPlainString()
                        + unit
                        + (cmp < 0 ? " 小于" : cmp > 0 ? " 大于" : " 等于")
                        + "预算数 "
                        + budget.value().toPlainString()
                        + unit
                        + "。");
    }
}
