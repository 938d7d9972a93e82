package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Chart view models shared by the disclosure and unit pages. The numbers travel twice: as a JSON
 * data block that {@code static/js/charts.js} draws with ECharts (the CSP forbids inline script),
 * and as an HTML table with a caption, so the page says the same without JavaScript or sight.
 */
public final class Charts {

    private Charts() {}

    /** The JSON data block: every chart of the page; {@code unit} is the unit of {@code values}. */
    @Serdeable
    public record Data(String unit, List<Spec> charts) {}

    /**
     * One chart. {@code kind} is pie, bar (vertical, categories on x), hbar (horizontal) or line;
     * {@code yuan} holds each value exactly in 元 alongside the display values.
     */
    @Serdeable
    public record Spec(
            String id,
            String kind,
            String title,
            List<String> categories,
            List<Series> series,
            boolean stacked) {}

    /** One series; a null value is a year without that figure (a gap, not a zero). */
    @Serdeable
    public record Series(
            String name, List<@Nullable BigDecimal> values, List<@Nullable String> yuan) {}

    /**
     * The HTML side of one chart: caption (text alternative), the figure's container id, a table of
     * its numbers.
     */
    @Serdeable
    public record Block(
            String id,
            String title,
            String caption,
            @Nullable String source,
            List<String> headers,
            List<TableRow> rows) {}

    @Serdeable
    public record TableRow(String label, @Nullable String href, List<String> cells) {}

    /** The value shown for an amount in 元: 万元 or 元, two decimals, as a number for the chart. */
    public static @Nullable BigDecimal value(@Nullable BigDecimal yuan, MoneyUnit display) {
        if (yuan == null) {
            return null;
        }
        return display.rounded(yuan);
    }

    /** A part's share of the whole in percent, two decimals: "96.04%". */
    public static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "";
        }
        return part.multiply(new BigDecimal(100))
                        .divide(whole, 2, RoundingMode.HALF_UP)
                        .toPlainString()
                + "%";
    }

    /**
     * The data block's text. JSON inside a script element must not contain {@code </script>};
     * escaping every {@code <}, {@code >} and {@code &} as \\u escapes keeps any unit or item name
     * inert.
     */
    public static String scriptJson(JsonMapper json, Data data) {
        try {
            return json.writeValueAsString(data)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
