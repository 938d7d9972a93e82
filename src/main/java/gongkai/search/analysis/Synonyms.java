package gongkai.search.analysis;

import gongkai.search.query.QueryBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small, hand-made list of domain synonyms, applied at query time only: a query word equal to a
 * key also matches its alternatives as phrases. Query-time expansion keeps the index independent of
 * the list (changing it needs no reindex) and keeps phrase positions simple; the price, a few extra
 * phrase clauses, is negligible for a list this size. Also the generic words that a relaxed query
 * may drop (see {@link QueryBuilder}).
 */
public final class Synonyms {

    private static final Map<String, List<String>> MAP = new LinkedHashMap<>();

    static {
        // 因公出国 beside 因公出国（境）费: in "因公出国（境）费支出" the bracket leaves 费 to pair with 支 in
        // the bigram field, so the full name alone would miss the usual sentence.
        List<String> threePublic = List.of("“三公”经费", "因公出国（境）费", "因公出国", "公务用车购置及运行维护费", "公务接待费");
        add(threePublic, "三公经费", "三公", "三公费用", "三公支出");
        add(List.of("法治宣传", "法制宣传", "普法"), "普法", "法治宣传", "法制宣传");
        add(List.of("法律援助"), "法援");
        add(List.of("公务用车", "公车"), "公车", "公务车");
        add(List.of("因公出国（境）费", "因公出国"), "出国经费", "出国费", "出国费用", "因公出国经费");
        add(List.of("机关运行经费", "机构运行经费", "机关（机构）运行经费"), "运行经费", "机关运行经费", "机构运行经费");
        add(List.of("公务接待费", "接待费"), "接待经费", "招待费");
        add(List.of("强制隔离戒毒", "戒毒"), "戒毒所", "戒毒");
        add(List.of("人民调解"), "调解");
        add(List.of("政府采购"), "采购");
    }

    /**
     * Words that name "money for something" rather than the something: 社区矫正经费 is about 社区矫正. A line
     * item or project is money by nature, so these words never have to appear in one; in narrative
     * text they are required by the strict query and optional in the relaxed one.
     */
    public static final Set<String> GENERIC = Set.of("经费", "费用", "支出", "资金", "开支", "款项", "费");

    private Synonyms() {}

    private static void add(List<String> alternatives, String... keys) {
        for (String key : keys) {
            MAP.computeIfAbsent(key(key), k -> new ArrayList<>());
            for (String alt : alternatives) {
                if (!key(alt).equals(key(key)) && !MAP.get(key(key)).contains(alt)) {
                    MAP.get(key(key)).add(alt);
                }
            }
        }
    }

    /**
     * The lookup key of a word: normalised (width, traditional, case) and without punctuation or
     * quotes.
     */
    static String key(String word) {
        return TextNormalizer.normalize(word).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Every word of the list, keys and alternatives: part of {@link KnownTerms}. */
    static Set<String> allWords() {
        Set<String> words = new LinkedHashSet<>(MAP.keySet());
        MAP.values().forEach(words::addAll);
        return words;
    }

    /** Alternatives for a query word, empty when it has none. */
    public static List<String> of(String word) {
        return MAP.getOrDefault(key(word), List.of());
    }
}
