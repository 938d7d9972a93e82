package gongkai.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts stated in prose ("3,845.49万元", "12元", "1.2亿元"), in 元, with where they stand. */
final class Money {

    record Stated(BigDecimal yuan, String printed, int start, int end) {}

    private static final Pattern AMOUNT =
            Pattern.compile(
                    "(?<![\\d.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(亿元|万元|元)");

    private Money() {}

    static List<Stated> in(String text) {
        List<Stated> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
            BigDecimal factor =
                    switch (m.group(2)) {
                        case "亿元" -> BigDecimal.valueOf(100_000_000);
                        case "万元" -> BigDecimal.valueOf(10_000);
                        default -> BigDecimal.ONE;
                    };
            out.add(new Stated(v.multiply(factor), m.group(), m.start(), m.end()));
        }
        return out;
    }
}
