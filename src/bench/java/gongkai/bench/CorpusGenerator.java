package gongkai.bench;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates realistic published final-accounts disclosures for the benchmark, deterministically:
 * disclosure {@code i} depends only on the seed, the region table and {@code i}, so the same seed
 * gives the same corpus (in any database) and disclosures can be generated in any order.
 *
 * <p>Amounts are built bottom-up in 分 (exact longs) so that every consistency rule holds by
 * construction ({@link DisclosureBuilder}, {@link AccountTables}): 项 rows sum to 款 and 类, the
 * tables agree with each other, and the performance projects' 执行数 add up to 项目支出. The codes are the
 * ones the sample documents use.
 */
public final class CorpusGenerator {

    /** Years each unit publishes; a corpus of N disclosures has ⌈N / YEARS⌉ units. */
    public static final int YEARS = 5;

    public static final int FIRST_YEAR = 2019;

    /**
     * One generated disclosure; ids inside {@link #document()} are placeholders (unit index + 1,
     * index + 1).
     */
    public record GeneratedDisclosure(
            int index, int unitIndex, UnitCatalog.UnitSpec unit, DisclosureDocument document) {}

    private final List<UnitCatalog.UnitSpec> units;
    private final int count;
    private final long seed;
    private final CodeList codes = CodeList.standard();
    private final Vocabulary words = Vocabulary.standard();
    private final List<CodeList.Code> classes;

    /**
     * A corpus of {@code count} disclosures over units picked from {@code regions} with {@code
     * seed}.
     */
    public CorpusGenerator(List<UnitCatalog.RegionRow> regions, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("--disclosures 应为正整数");
        }
        this.count = count;
        this.seed = seed;
        this.units = UnitCatalog.pick(regions, (count + YEARS - 1) / YEARS, seed);
        this.classes =
                codes.all().stream()
                        .filter(c -> c.system() == CodeList.CodeSystem.FUNCTIONAL && c.level() == 1)
                        .toList();
    }

    public int count() {
        return count;
    }

    List<UnitCatalog.UnitSpec> units() {
        return units;
    }

    /**
     * Disclosure {@code index} (0-based): unit {@code index / YEARS}, year {@code FIRST_YEAR +
     * index % YEARS}.
     */
    public GeneratedDisclosure generate(int index) {
        int unitIndex = index / YEARS;
        int year = FIRST_YEAR + index % YEARS;
        UnitCatalog.UnitSpec unit = units.get(unitIndex);
        // The unit's size is stable over its years (so comparisons across years make sense);
        // everything else varies per disclosure.
        SplittableRandom unitRandom = new SplittableRandom(mix(seed, unitIndex, 0x5EEDL));
        SplittableRandom r = new SplittableRandom(mix(seed, index, 0xD15CL));
        Draw draw = new Draw(unit, unitIndex, year, index, unitRandom, r, codes, words, classes);
        return new GeneratedDisclosure(index, unitIndex, unit, new DisclosureBuilder(draw).build());
    }

    private static long mix(long seed, long n, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
