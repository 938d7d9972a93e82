package gongkai.staff.tables;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureDocument;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Spots a table about to be saved in the wrong money unit: the sum of all its amounts is about
 * 10,000 times (or a 10,000th of) the stored sum. Every row moves together then, so the 勾稽 rules
 * stay quiet; only the size of the table betrays it. "About" allows a factor of 2 either way, so
 * that a unit mix-up combined with some real edits is still caught.
 */
public final class ScaleCheck {

    /** How the new table compares with the stored one. */
    public enum Change {
        NONE,
        TEN_THOUSAND_TIMES,
        TEN_THOUSANDTH
    }

    private static final BigDecimal LOW = BigDecimal.valueOf(5_000);
    private static final BigDecimal HIGH = BigDecimal.valueOf(20_000);

    private ScaleCheck() {}

    public static Change compare(
            @Nullable DisclosureDocument.TableView stored, List<DisclosureContent.Row> typed) {
        if (stored == null) {
            return Change.NONE;
        }
        return compare(
                sum(stored.rows().stream().map(r -> r.amounts().values()).toList()),
                sum(typed.stream().map(r -> r.amounts().values()).toList()));
    }

    /**
     * The same comparison for two sums of absolute amounts (e.g. a performance project's funds).
     */
    public static Change compare(BigDecimal before, BigDecimal after) {
        if (within(after, before)) {
            return Change.TEN_THOUSAND_TIMES;
        }
        if (within(before, after)) {
            return Change.TEN_THOUSANDTH;
        }
        return Change.NONE;
    }

    /**
     * True when {@code big} lies between 5,000 and 20,000 times {@code small} (both above zero).
     */
    private static boolean within(BigDecimal big, BigDecimal small) {
        return small.signum() > 0
                && big.compareTo(small.multiply(LOW)) >= 0
                && big.compareTo(small.multiply(HIGH)) <= 0;
    }

    private static BigDecimal sum(List<? extends Collection<BigDecimal>> rows) {
        return rows.stream()
                .flatMap(Collection::stream)
                .map(BigDecimal::abs)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
