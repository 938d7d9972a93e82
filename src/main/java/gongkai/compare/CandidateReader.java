package gongkai.compare;

import gongkai.compare.CompareRepository.AmountRef;
import gongkai.compare.CompareRepository.DisclosureRef;
import gongkai.compare.CompareRepository.LineRef;
import gongkai.compare.CompareRepository.TableRef;
import gongkai.disclosure.SummaryRows;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the stored amounts a comparison chooses from: matching rows by code, then their tables,
 * the published disclosures among those (with unit and place), then the amounts — each step one
 * indexed single-table query (see {@link CompareRepository} for why not one join).
 */
@Singleton
class CandidateReader {

    /**
     * Ids per IN list. H2 checks each row it reads against the whole list (placeholders are not made
     * a hash set), so at 15,000 disclosures lists of 1,000 spent a quarter of a first comparison
     * there; lists of 100 made it a third to a half faster, while 25 and 250 were slower again. Joining
     * line_item to line_amount instead of the amounts list was slower still (20406: 11–13 s).
     */
    static final int CHUNK = 100;

    private final CompareRepository repository;

    CandidateReader(CompareRepository repository) {
        this.repository = repository;
    }

    /** Amounts of the rows of one kind under a code pattern, in published disclosures passing the filters. */
    List<CandidateRow> candidates(String rowKind, String codePattern, @Nullable Integer fiscalYear,
                                  @Nullable String regionPattern) {
        return assemble(repository.lines(rowKind, codePattern), fiscalYear, regionPattern);
    }

    /** Amounts of the 本年支出合计 rows of 公开01 and 公开03 of these (published) disclosures. */
    List<CandidateRow> expenseTotals(Collection<Long> disclosureIds) {
        Set<Long> tables = new HashSet<>(distinct(chunked(disclosureIds, repository::expenseTables), TableRef::id));
        List<LineRef> lines = new ArrayList<>();
        for (LineRef l : repository.namedLines(SummaryRows.EXPENSE_TOTAL)) {
            if (tables.contains(l.tableId())) {
                lines.add(l);
            }
        }
        return assemble(lines, null, null);
    }

    private List<CandidateRow> assemble(List<LineRef> lines, @Nullable Integer fiscalYear, @Nullable String regionPattern) {
        Map<Long, TableRef> tables = byId(chunked(distinct(lines, LineRef::tableId), repository::tables), TableRef::id);
        Map<Long, DisclosureRef> disclosures = byId(chunked(distinct(tables.values(), TableRef::disclosureId),
                ids -> repository.published(ids, fiscalYear, regionPattern)), DisclosureRef::id);
        Map<Long, LineRef> kept = new HashMap<>();
        for (LineRef l : lines) {
            TableRef t = tables.get(l.tableId());
            if (t != null && disclosures.containsKey(t.disclosureId())) {
                kept.put(l.id(), l);
            }
        }
        List<CandidateRow> rows = new ArrayList<>();
        for (AmountRef a : chunked(kept.keySet(), repository::amounts)) {
            LineRef l = kept.get(a.lineItemId());
            TableRef t = tables.get(l.tableId());
            DisclosureRef d = disclosures.get(t.disclosureId());
            rows.add(new CandidateRow(d.id(), d.unitId(), d.unitName(), d.unitKind(), d.regionCode(), d.fiscalYear(),
                    t.tableKind(), l.rowKind(), l.side(), l.rowCode(), l.codeLevel(), a.columnKey(), a.amount()));
        }
        // The reads come back in no particular order; a fixed one keeps ties in the same place every time.
        rows.sort(Comparator.comparing(CandidateRow::disclosureId));
        return rows;
    }

    private static <T> List<Long> distinct(Collection<T> items, Function<T, Long> id) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (T item : items) {
            ids.add(id.apply(item));
        }
        return new ArrayList<>(ids);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return map;
    }

    /** Runs query over the ids CHUNK at a time; no ids, no query. */
    private static <T> List<T> chunked(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> all = new ArrayList<>(ids);
        List<T> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            out.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return out;
    }
}
