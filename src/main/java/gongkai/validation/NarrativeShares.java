package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code NARRATIVE-SHARE}: a share the 情况说明 states ("基本支出796.59万元，占57.96%", "占本年支出合计的96.18%")
 * agrees with the share computed from the tables ({@link ShareSources}). The text rounds its
 * figures to 0.01万元 and its percentages to the printed digits, so a share is wrong only when no
 * rounding of the table amounts to 0.01万元 gives the printed percentage within 0.1 point.
 */
final class NarrativeShares implements RuleFamily {

    private static final Set<SectionKey> KEYS =
            EnumSet.of(
                    SectionKey.INCOME,
                    SectionKey.EXPENDITURE,
                    SectionKey.GENERAL_BUDGET,
                    SectionKey.BASIC_EXPENDITURE,
                    SectionKey.THREE_PUBLIC);

    private static final Pattern SHARE =
            Pattern.compile(
                    "([^，,；;：:。]{1,40}?)"
                            + Narrative.AMOUNT
                            + "[，,]?占(?:([^，,；;。%0-9]{1,20}?)的)?([0-9]+(?:\\.[0-9]+)?)%");

    /** Half of 0.01万元 in 元: how far the text's rounding may move a table amount. */
    private static final BigDecimal ROUNDING = new BigDecimal("50");

    private static final BigDecimal SLACK = new BigDecimal("0.1");

    @Override
    public void check(Checks c) {
        for (SectionView s : c.sections()) {
            SectionKey key = key(s);
            if (key == null || !KEYS.contains(key)) {
                continue;
            }
            Matcher m = SHARE.matcher(Narrative.compact(s.body()));
            while (m.find()) {
                String name = m.group(1).replaceFirst("^.*\\d{4}年(?:度)?", "");
                Stated percent = Stated.of(m.group(5));
                if (percent == null) {
                    continue;
                }
                part(c, key, name).ifPresent(p -> compare(c, s, p, m.group(4), percent, m.group()));
            }
        }
    }

    private static Optional<ShareSources.Part> part(Checks c, SectionKey key, String name) {
        Optional<ShareSources.Part> cls = ShareSources.functionalClass(c, key, name);
        if (cls.isPresent()) {
            return cls;
        }
        return ShareSources.PARTS.stream()
                .filter(p -> p.key() == key && p.name().matcher(name).find())
                .findFirst();
    }

    private static void compare(
            Checks c,
            SectionView s,
            ShareSources.Part part,
            String wholeText,
            Stated percent,
            String text) {
        ShareSources.Whole whole = part.whole();
        if (wholeText != null) {
            Optional<ShareSources.Whole> named = ShareSources.named(wholeText);
            if (named.isEmpty()) {
                return; // a share of something the tables do not hold (政府采购支出总额 …)
            }
            whole = named.get();
        }
        Optional<BigDecimal> a = part.amount().apply(c);
        Optional<BigDecimal> b = whole.amount().apply(c);
        if (a.isEmpty() || b.isEmpty() || b.get().signum() == 0) {
            return;
        }
        Stated num = new Stated(a.get(), ROUNDING);
        Stated den = new Stated(b.get(), ROUNDING);
        if (percent.admitsShare(num, den, SLACK)) {
            return;
        }
        BigDecimal computed = Stated.percent(a.get(), b.get());
        c.add(
                "NARRATIVE-SHARE",
                Severity.WARNING,
                new Location(part.table(), null, null, s.key()),
                "情况说明称"
                        + part.label()
                        + "占"
                        + whole.label()
                        + "的 "
                        + percent.value().toPlainString()
                        + "%（“"
                        + NarrativeRules.abbreviate(text)
                        + "”），但按决算表 "
                        + part.label()
                        + " "
                        + Checks.money(MoneyUnit.WAN_YUAN, a.get())
                        + " ÷ "
                        + whole.label()
                        + " "
                        + Checks.money(MoneyUnit.WAN_YUAN, b.get())
                        + " 计算为 "
                        + computed.toPlainString()
                        + "%，相差 "
                        + computed.subtract(percent.value()).abs().toPlainString()
                        + " 个百分点。");
    }

    static SectionKey key(SectionView s) {
        if (s.key() == null) {
            return null;
        }
        try {
            return SectionKey.valueOf(s.key());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
