package gongkai.compare;

import gongkai.compare.CompareRepository.AmountRef;
import gongkai.compare.CompareRepository.LineRef;
import gongkai.compare.CompareRepository.TableRef;
import gongkai.disclosure.ExecutionRate;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.disclosure.StatedIn;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Budget execution: for each compared disclosure, the budget and the outcome its document states
 * side by side for the code ({@link CompareCode#pairSource()}), read like the amounts (indexed
 * single-table queries, see {@link CompareRepository}).
 */
@Singleton
class ExecutionPairs {

    /**
     * A stated budget and outcome in 元, the rate (null without a budget to measure by) and where
     * the document states them: {@link StatedIn#TABLE} or {@link StatedIn#NARRATIVE}.
     */
    record Pair(BigDecimal budget, BigDecimal actual, @Nullable BigDecimal rate, String source) {

        static Pair of(BigDecimal budget, BigDecimal actual, String source) {
            return new Pair(budget, actual, ExecutionRate.of(budget, actual), source);
        }
    }

    private final CompareRepository repository;

    ExecutionPairs(CompareRepository repository) {
        this.repository = repository;
    }

    /** actual ÷ budget in percent, 2 decimals; null when there is no budget (zero or none). */
    /**
     * The pair of each of these disclosures that states one, by disclosure id. A row the document
     * prints twice (two paragraphs on one 项) counts once per paragraph: both figures are added.
     */
    Map<Long, Pair> of(CompareCode code, Set<Long> disclosureIds) {
        Map<Long, Pair> out = new HashMap<>();
        for (CompareCode.PairSource source : code.pairSources()) {
            Set<Long> without = new HashSet<>(disclosureIds);
            without.removeAll(out.keySet());
            if (!without.isEmpty()) {
                out.putAll(of(code, source, without));
            }
        }
        return out;
    }

    private Map<Long, Pair> of(
            CompareCode code, CompareCode.PairSource source, Set<Long> disclosureIds) {
        Map<Long, Pair> out = new HashMap<>();
        String from = source.table() == StandardTable.PROSE ? StatedIn.NARRATIVE : StatedIn.TABLE;
        String kind =
                code.kind() == LineItem.RowKind.NAMED
                        ? LineItem.RowKind.NAMED.name()
                        : LineItem.RowKind.FUNCTIONAL.name();
        Map<Long, Long> disclosureOfTable = new HashMap<>();
        for (TableRef t : repository.tablesOfKinds(List.of(source.table().name()))) {
            if (disclosureIds.contains(t.disclosureId())) {
                disclosureOfTable.put(t.id(), t.disclosureId());
            }
        }
        Map<Long, Long> disclosureOfLine = new HashMap<>();
        // The exact row: a LIKE pattern without a wildcard. A 款 or 类 is not summed from the 项 a
        // narrative happens to explain, which are rarely all of them.
        for (LineRef l : repository.lines(kind, source.rowCode())) {
            Long disclosure = disclosureOfTable.get(l.tableId());
            if (disclosure != null && l.rowCode().equals(source.rowCode())) {
                disclosureOfLine.put(l.id(), disclosure);
            }
        }
        Map<Long, BigDecimal> budgets = sums(disclosureOfLine, source.budgetColumn());
        Map<Long, BigDecimal> actuals = sums(disclosureOfLine, source.actualColumn());
        budgets.forEach(
                (id, budget) -> {
                    BigDecimal actual = actuals.get(id);
                    if (actual != null) {
                        out.put(id, Pair.of(budget, actual, from));
                    }
                });
        return out;
    }

    private Map<Long, BigDecimal> sums(Map<Long, Long> disclosureOfLine, String column) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        List<Long> ids = new ArrayList<>(disclosureOfLine.keySet());
        for (int from = 0; from < ids.size(); from += CandidateReader.CHUNK) {
            Collection<Long> chunk =
                    ids.subList(from, Math.min(ids.size(), from + CandidateReader.CHUNK));
            for (AmountRef a : repository.amounts(chunk, column)) {
                sums.merge(disclosureOfLine.get(a.lineItemId()), a.amount(), BigDecimal::add);
            }
        }
        return sums;
    }
}
