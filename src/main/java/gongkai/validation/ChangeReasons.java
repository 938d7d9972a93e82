package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.SectionKey;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 7, second half (best effort): a sentence of the 情况说明 that states a non-zero change against
 * last year or the 年初预算 ("与上年相比，增加164.68万元") must give a reason in the same or one of the next two
 * sentences ("主要原因", "主要是", "变动原因", "由于" …). A sentence that goes on with "其中" (the change is then
 * broken down and explained item by item) counts as explained.
 */
final class ChangeReasons {

    /** The explanatory sections of the 情况说明. */
    private static final Set<SectionKey> KEYS =
            EnumSet.of(
                    SectionKey.OVERALL,
                    SectionKey.INCOME,
                    SectionKey.EXPENDITURE,
                    SectionKey.FISCAL_OVERALL,
                    SectionKey.GENERAL_BUDGET,
                    SectionKey.BASIC_EXPENDITURE,
                    SectionKey.PROJECT_EXPENDITURE,
                    SectionKey.THREE_PUBLIC,
                    SectionKey.GOV_FUND,
                    SectionKey.STATE_CAPITAL,
                    SectionKey.OPERATING_COSTS,
                    SectionKey.GENERAL_SPENDING,
                    SectionKey.PROCUREMENT);

    private static final Pattern COMPARED =
            Pattern.compile("(?:与|比|较|同)(?:上年|上一年|去年|年初预算|上年度|上年决算)");
    private static final Pattern CHANGE =
            Pattern.compile("(增加|减少|增长|下降|减)[了]?([0-9][0-9,]*(?:\\.[0-9]+)?)(万元|元|%)");
    private static final Pattern REASON = Pattern.compile("原因|主要是|主要系|主要用于|由于|因为|系因|用于");
    private static final int WINDOW = 2;

    private ChangeReasons() {}

    static void check(Checks c) {
        for (SectionView s : c.sections()) {
            SectionKey key = keyOf(s);
            if (key == null || !KEYS.contains(key)) {
                continue;
            }
            List<String> sentences = List.of(Narrative.compact(s.body()).split("。"));
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                if (!COMPARED.matcher(sentence).find() || !nonZeroChange(sentence)) {
                    continue;
                }
                if (explained(sentences, i)) {
                    continue;
                }
                c.add(
                        "NARRATIVE-CHANGE-REASON",
                        Severity.WARNING,
                        Location.section(s.key()),
                        "情况说明“"
                                + s.title()
                                + "”中“"
                                + NarrativeRules.abbreviate(sentence)
                                + "”说明了增减变化，但未说明原因。");
            }
        }
    }

    private static boolean nonZeroChange(String sentence) {
        Matcher m = CHANGE.matcher(sentence);
        while (m.find()) {
            try {
                if (new BigDecimal(m.group(2).replace(",", "")).signum() != 0) {
                    return true;
                }
            } catch (NumberFormatException ignored) {
                // not a number after all
            }
        }
        return false;
    }

    private static boolean explained(List<String> sentences, int i) {
        String sentence = sentences.get(i);
        if (REASON.matcher(sentence).find()
                || sentence.endsWith("其中：")
                || sentence.endsWith("其中:")
                || sentence.contains("。其中")) {
            return true;
        }
        for (int j = i + 1; j <= Math.min(sentences.size() - 1, i + WINDOW); j++) {
            String next = sentences.get(j);
            if (REASON.matcher(next).find() || (j == i + 1 && next.startsWith("其中"))) {
                return true;
            }
        }
        return false;
    }

    private static SectionKey keyOf(SectionView s) {
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
