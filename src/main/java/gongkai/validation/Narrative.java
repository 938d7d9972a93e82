package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading figures out of narrative text: "收入合计1374.29万元", "支出决算为 29.29 万元". */
final class Narrative {

    /** An amount with its unit, right after the words that name it. */
    static final String AMOUNT = "([0-9][0-9,]*(?:\\.[0-9]+)?)(万元|元)";

    /** Words that may stand between a name and its amount: 决算数为, 支出决算, 共计 … */
    static final String LINK = "(?:决算)?(?:数)?(?:为|是|共计|合计|总额)?[：:]?";

    /** A figure stated in a text, converted to 元, with the unit the text used. */
    record Stated(BigDecimal yuan, MoneyUnit unit, String text) {}

    private Narrative() {}

    /**
     * Body without whitespace, so figures split by the text extraction ("577.7 万元") read as one.
     */
    static String compact(String body) {
        return body == null ? "" : body.replaceAll("\\s+", "");
    }

    /** Sections with one of these keys, in document order. */
    static List<SectionView> sections(Checks c, SectionKey... keys) {
        List<String> names = Arrays.stream(keys).map(Enum::name).toList();
        return c.sections().stream()
                .filter(s -> s.key() != null && names.contains(s.key()))
                .toList();
    }

    /**
     * The first figure named by {@code nameRegex} in these sections, with the section it came from.
     */
    static Optional<Found> first(List<SectionView> sections, String nameRegex) {
        Pattern p = Pattern.compile("(?:" + nameRegex + ")" + LINK + AMOUNT);
        for (SectionView s : sections) {
            Matcher m = p.matcher(compact(s.body()));
            if (m.find()) {
                return parse(m.group(1), m.group(2), m.group()).map(st -> new Found(st, s));
            }
        }
        return Optional.empty();
    }

    record Found(Stated stated, SectionView section) {
        String sectionRef() {
            return section.key() != null ? section.key() : section.title();
        }
    }

    static Optional<Stated> parse(String number, String unit, String text) {
        try {
            BigDecimal n = new BigDecimal(number.replace(",", ""));
            MoneyUnit u = unit.equals("万元") ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
            return Optional.of(new Stated(u.toYuan(n), u, text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * How far a stated figure may be from a table amount, in 元: 0.5万元 when the text says 万元 and the
     * table is in 元 (DOMAIN.md), otherwise 0.01 in the coarser of the two units (100 元 for 万元 with
     * 2 decimals).
     */
    static BigDecimal tolerance(MoneyUnit textUnit, MoneyUnit tableUnit) {
        if (textUnit == MoneyUnit.WAN_YUAN && tableUnit == MoneyUnit.YUAN) {
            return new BigDecimal("5000.00");
        }
        BigDecimal a = textUnit.toYuan(new BigDecimal("0.01"));
        BigDecimal b = tableUnit.toYuan(new BigDecimal("0.01"));
        return a.max(b);
    }
}
