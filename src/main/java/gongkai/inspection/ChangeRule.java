package gongkai.inspection;

import gongkai.validation.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A02 a stated change that contradicts the numbers it describes: the direction (增加/减少/持平) or the
 * percentage. Within one sentence: two amounts and a change ("执行数为43269.3万元，预算安排3845.49万元，
 * 比…增加17.62%"), or an amount with its change in 万元 and in percent ("支出100万元，比上年增加20万元， 增长25%").
 */
final class ChangeRule implements ProofRule {

    private static final Pattern CHANGE =
            Pattern.compile(
                    "(增加|增长|上升|提高|减少|下降|降低|减幅|增幅)(?:了)?\\s*(?:(\\d[\\d,]*(?:\\.\\d+)?)\\s*(亿元|万元|元)\\s*[，,]?\\s*(?:增长|下降|增加|减少|增幅|降幅|上升|降低)?(?:了)?\\s*)?(?:(\\d+(?:\\.\\d+)?)\\s*[%％])?");

    private static final Pattern LEVEL = Pattern.compile("持平|无变化|没有变化");

    @Override
    public List<ProofFinding> check(ProofInput input, List<Paragraphs.Para> paragraphs) {
        List<ProofFinding> out = new ArrayList<>();
        for (Paragraphs.Para p : paragraphs) {
            for (String sentence : p.text().split("[。；;]")) {
                check(p, sentence, out);
            }
        }
        return out;
    }

    private static void check(Paragraphs.Para p, String s, List<ProofFinding> out) {
        Matcher m = CHANGE.matcher(s);
        if (!m.find() || m.group(4) == null && m.group(2) == null) {
            if (LEVEL.matcher(s).find()) {
                level(p, s, out);
            }
            return;
        }
        boolean up = "增加增长上升提高增幅".contains(m.group(1));
        List<Money.Stated> before =
                Money.in(s.substring(0, m.start())).stream()
                        .filter(a -> a.yuan().signum() > 0)
                        .toList();
        BigDecimal pct = m.group(4) == null ? null : new BigDecimal(m.group(4));
        BigDecimal base;
        BigDecimal current;
        if (before.size() == 2) {
            base = before.get(0).yuan();
            current = before.get(1).yuan();
        } else if (before.size() == 1 && m.group(2) != null) {
            BigDecimal delta = Money.in(m.group(2) + m.group(3)).get(0).yuan();
            current = before.get(0).yuan();
            base = up ? current.subtract(delta) : current.add(delta);
        } else {
            return;
        }
        if (base.signum() <= 0) {
            return;
        }
        BigDecimal diff = current.subtract(base);
        String said = m.group().strip();
        if (diff.signum() != 0 && diff.signum() > 0 != up) {
            out.add(
                    finding(
                            p,
                            "增减方向与数字矛盾：“"
                                    + said
                                    + "”，但所比较的两个数为"
                                    + before.get(0).printed()
                                    + "和"
                                    + before.get(before.size() - 1).printed()
                                    + "，实际"
                                    + (diff.signum() > 0 ? "增加" : "减少")
                                    + percent(diff.abs(), base)
                                    + "%"));
            return;
        }
        if (pct != null && before.size() == 2 || pct != null && m.group(2) != null) {
            BigDecimal actual = new BigDecimal(percent(diff.abs(), base));
            BigDecimal tolerance = pct.multiply(new BigDecimal("0.02")).max(new BigDecimal("0.5"));
            if (actual.subtract(pct).abs().compareTo(tolerance) > 0) {
                out.add(
                        finding(
                                p,
                                "百分比与数字不符：写“"
                                        + said
                                        + "”，按"
                                        + before.get(0).printed()
                                        + (before.size() == 2
                                                ? "和" + before.get(1).printed()
                                                : "及变动额" + m.group(2) + m.group(3))
                                        + "计算应为"
                                        + actual.toPlainString()
                                        + "%"));
            }
        }
    }

    private static void level(Paragraphs.Para p, String s, List<ProofFinding> out) {
        List<Money.Stated> amounts = Money.in(s);
        if (amounts.size() == 2 && amounts.get(0).yuan().compareTo(amounts.get(1).yuan()) != 0) {
            out.add(
                    finding(
                            p,
                            "“持平”与数字矛盾：两个数分别为"
                                    + amounts.get(0).printed()
                                    + "和"
                                    + amounts.get(1).printed()));
        }
    }

    private static String percent(BigDecimal diff, BigDecimal base) {
        return diff.multiply(BigDecimal.valueOf(100))
                .divide(base, 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static ProofFinding finding(Paragraphs.Para p, String message) {
        return p.finding("A02", Severity.WARNING, ChecklistItems.FIGURES, message);
    }
}
