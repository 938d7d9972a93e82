package gongkai.importer.prose;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.MoneyUnit;
import gongkai.importer.performance.PerformanceNumbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Job: the figures of narrative text, a section's body lines and the amounts and numbers in them.
 */
final class ProseFigures {

    /** An amount after its label: "为405.64万元", "：1,200元". Groups: the number, the unit. */
    static final String AMOUNT =
            "\\s*(?:为|是|：|:)?\\s*([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*(万元|元)";

    private ProseFigures() {}

    static List<String> bodyLines(DisclosureContent.Section section) {
        if (section == null || section.body() == null || section.body().isEmpty()) {
            return List.of();
        }
        // No-break spaces (Word indents with them) would survive strip() and hide a paragraph's
        // numbering.
        return List.of(section.body().replace('\u00A0', ' ').split("\n", -1));
    }

    /** The first amount the pattern finds, in 元. */
    static BigDecimal amount(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        BigDecimal value = PerformanceNumbers.valueOf(m.group(1));
        if (value == null) {
            return null;
        }
        return ("万元".equals(m.group(2)) ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN).toYuan(value);
    }

    static BigDecimal number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? PerformanceNumbers.valueOf(m.group(1)) : null;
    }
}
